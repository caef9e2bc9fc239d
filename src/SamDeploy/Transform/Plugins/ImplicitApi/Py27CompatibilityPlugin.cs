using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// Marks the parts of the template the reference converts to its Python 2.7 types before it transforms a template
/// with a REST API (an <c>AWS::Serverless::Api</c> or an <c>Api</c> event) or an HTTP API with a DefaultAuthorizer: <c>Globals.Api</c>, parameter defaults,
/// the properties of every API, and the Condition, FunctionName and Events of functions. Those values then print as
/// the reference prints them when it hashes API definitions into deployment ids (see <see cref="Py27"/>).
/// </summary>
internal sealed class Py27CompatibilityPlugin : ITemplatePlugin
{
    /// <inheritdoc/>
    public string Name => "Py27Compatibility";

    /// <inheritdoc/>
    public void BeforeResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = context.Template;
        if (template["Resources"] is not JObject resources || !(HasRestApi(resources) || HasHttpApiWithDefaultAuthorizer(template, resources)))
        {
            return;
        }

        context.State<ResourceIterationOrder>().IsPy27 = true;
        if (template["Globals"] is JObject globals && globals["Api"] is { } api)
        {
            Py27.MarkFromTemplate(api);
        }

        if (template["Parameters"] is JObject parameters)
        {
            foreach (var property in new Templates.PropertyWalk(parameters))
            {
                if (property.Value is JObject parameter && parameter["Default"] is { } value)
                {
                    Py27.MarkFromTemplate(value);
                }
            }
        }

        foreach (var property in new Templates.PropertyWalk(resources))
        {
            if (property.Value is not JObject resource || resource["Properties"] is not { Type: not JTokenType.Null } properties)
            {
                continue;
            }

            switch ((string?)(resource["Type"] as JValue))
            {
                case "AWS::Serverless::Api" or "AWS::Serverless::HttpApi":
                    Py27.MarkFromTemplate(properties);
                    break;
                case "AWS::Serverless::Function" or "AWS::Serverless::StateMachine":
                    if (resource["Condition"] is { } condition)
                    {
                        Py27.MarkFromTemplate(condition);
                    }

                    if (properties is JObject map)
                    {
                        if (map["FunctionName"] is { } name)
                        {
                            Py27.MarkFromTemplate(name);
                        }

                        if (map["Events"] is { } events)
                        {
                            Py27.MarkFromTemplate(events);
                        }
                    }

                    break;
            }
        }
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }

    /// <summary>The reference also converts a template with an HTTP API that has a DefaultAuthorizer (its own or the Globals').</summary>
    private static bool HasHttpApiWithDefaultAuthorizer(JObject template, JObject resources)
    {
        var globalDefault = template["Globals"] is JObject globals && globals["HttpApi"] is JObject httpApi && httpApi["Auth"] is JObject auth
            && Truthiness.IsTruthy(auth["DefaultAuthorizer"]);
        foreach (var resource in resources.PropertyValues().OfType<JObject>())
        {
            if (resource["Type"] is JValue { Type: JTokenType.String } type && (string?)type == "AWS::Serverless::HttpApi"
                && (globalDefault || (resource["Properties"] is JObject properties && properties["Auth"] is JObject apiAuth && Truthiness.IsTruthy(apiAuth["DefaultAuthorizer"]))))
            {
                return true;
            }
        }

        return globalDefault && resources.PropertyValues().OfType<JObject>().Any(resource =>
            resource["Type"] is JValue { Type: JTokenType.String } type && (string?)type == "AWS::Serverless::Function"
            && resource["Properties"] is JObject properties && properties["Events"] is JObject events
            && events.PropertyValues().OfType<JObject>().Any(e => e["Type"] is JValue { Type: JTokenType.String } t && (string?)t == "HttpApi"));
    }

    private static bool HasRestApi(JObject resources)
    {
        foreach (var resource in resources.PropertyValues().OfType<JObject>())
        {
            var type = (string?)(resource["Type"] as JValue);
            if (type == "AWS::Serverless::Api")
            {
                return true;
            }

            if (type is "AWS::Serverless::Function" or "AWS::Serverless::StateMachine"
                && resource["Properties"] is JObject properties && properties["Events"] is JObject events
                && events.PropertyValues().OfType<JObject>().Any(e => e["Type"] is JValue { Type: JTokenType.String } t && (string?)t == "Api"))
            {
                return true;
            }
        }

        return false;
    }
}
