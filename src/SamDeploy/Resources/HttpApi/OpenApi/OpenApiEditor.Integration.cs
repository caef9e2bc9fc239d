using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;

namespace SamDeploy.Resources.HttpApi.OpenApi;

/// <summary>The Lambda integration of a route and the settings on it.</summary>
internal sealed partial class OpenApiEditor
{
    /// <summary>
    /// Adds an <c>aws_proxy</c> integration (payload format 2.0) to the path and method unless one is there; with a
    /// condition the integration URI and the whole method are wrapped in <c>Fn::If</c>. The maps it makes are Python
    /// 2.7 maps filled key by key, as the reference makes them (see <see cref="AddPath"/>).
    /// </summary>
    public void AddLambdaIntegration(string path, string method, JToken uri, JToken? condition, bool unicodePath = false, bool unicodeMethod = false)
    {
        var normalized = SwaggerEditor.NormalizeMethod(method);
        if (HasIntegration(path, normalized))
        {
            return;
        }

        var methodKeyIsUnicode = SwaggerEditor.MethodKeyIsUnicode(method, unicodeMethod);
        AddPath(path, normalized, unicodePath, methodKeyIsUnicode);
        var conditionName = SwaggerEditor.ConditionName(condition);
        var integrationUri = conditionName is null ? uri : SwaggerEditor.MakeConditional(conditionName, uri, Py27.IsUnicode(condition));
        foreach (var item in SwaggerEditor.ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var pathItem = (JObject)item!;
            if (pathItem[normalized] is null or { Type: JTokenType.Null })
            {
                Py27.Set(pathItem, normalized, Py27.NewDict(), methodKeyIsUnicode);
            }

            SwaggerErrors.RequireMethodMap(pathItem[normalized], path, normalized);
            var definition = (JObject)pathItem[normalized]!;
            var integration = Py27.NewDict();
            Py27.Set(integration, "type", "aws_proxy");
            Py27.Set(integration, "httpMethod", "POST");
            Py27.Set(integration, "payloadFormatVersion", "2.0");
            Py27.Set(integration, "uri", integrationUri.DeepClone());
            Py27.Set(definition, SwaggerEditor.Integration, integration);
            if (path == DefaultPath && normalized == SwaggerEditor.AnyMethod)
            {
                Py27.Set(definition, "isDefaultRoute", true);
            }

            Py27.SetDefault(definition, "responses", Py27.NewDict());
            if (conditionName is not null)
            {
                Py27.Set(pathItem, normalized, SwaggerEditor.MakeConditional(conditionName, definition, Py27.IsUnicode(condition)), methodKeyIsUnicode);
            }
        }
    }

    public void AddTimeout(string path, string method, JToken timeout)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            Py27.Set((JObject)definition[SwaggerEditor.Integration]!, "timeoutInMillis", timeout.DeepClone());
        }
    }

    public void AddPayloadFormatVersion(string path, string method, JToken version)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            Py27.Set((JObject)definition[SwaggerEditor.Integration]!, "payloadFormatVersion", version.DeepClone());
        }
    }

    /// <summary>
    /// Declares the path parameters on the method (required, in path), keeping parameters already declared. A new
    /// parameter is a Python 2.7 map whose name counts as a template string, as the reference makes it.
    /// </summary>
    public void AddPathParameters(string path, string method, IReadOnlyList<string> names)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            if (Py27.SetDefault(definition, "parameters", new JArray()) is not JArray parameters)
            {
                // The reference fails here with a Python error (it iterates the map's keys as parameters).
                throw SwaggerErrors.Invalid($"The parameters of method '{method}' for path '{path}' must be a list according to the OpenAPI spec.", definition["parameters"]);
            }

            foreach (var name in names)
            {
                var found = parameters.OfType<JObject>().FirstOrDefault(p => p["name"] is JValue { Type: JTokenType.String } n && (string?)n == name);
                if (found is not null)
                {
                    Py27.Set(found, "in", "path");
                    Py27.Set(found, "required", true);
                }
                else
                {
                    var parameter = Py27.NewDict();
                    Py27.Set(parameter, "name", Py27.Str(name, unicode: true));
                    Py27.Set(parameter, "in", "path");
                    Py27.Set(parameter, "required", true);
                    parameters.Add(parameter);
                }
            }
        }
    }
}
