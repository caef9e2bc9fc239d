using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// Gives every <c>AWS::Serverless::Api</c> (and <c>AWS::Serverless::HttpApi</c>) without DefinitionBody or DefinitionUri
/// a minimal Swagger (OpenAPI) document that SAM manages itself (<c>__MANAGE_SWAGGER</c>): its events then add their
/// paths to it.
/// </summary>
internal sealed class DefaultDefinitionBodyPlugin : ITemplatePlugin
{
    /// <summary>The internal property that marks a definition SAM manages.</summary>
    public const string ManageSwagger = "__MANAGE_SWAGGER";

    /// <inheritdoc/>
    public string Name => "DefaultDefinitionBody";

    /// <inheritdoc/>
    public void BeforeResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The reference walks the REST APIs first, then the HTTP APIs.
        foreach (var apiType in new[] { "AWS::Serverless::Api", "AWS::Serverless::HttpApi" })
        {
            foreach (var resource in context.Resources.PropertyValues().OfType<JObject>().ToList())
            {
                ImplicitApiSteps.CheckCondition(resource);
                if (resource["Type"] is not JValue { Type: JTokenType.String } type || (string?)type != apiType)
                {
                    continue;
                }

                if (apiType == "AWS::Serverless::HttpApi")
                {
                    AddHttpApiDefinition(resource);
                    continue;
                }

                if (resource["Properties"] is not JObject properties
                    || Truthiness.IsTruthy(properties["DefinitionBody"]) || Truthiness.IsTruthy(properties["DefinitionUri"]))
                {
                    continue;
                }

                Py27.Set(properties, "DefinitionBody", SwaggerEditor.Skeleton());
                Py27.Set(properties, ManageSwagger, true);
            }
        }
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }

    /// <summary>An HTTP API without a definition gets the OpenAPI skeleton (and Properties, when it has none).</summary>
    private static void AddHttpApiDefinition(JObject resource)
    {
        var properties = resource["Properties"] as JObject;
        if (properties is not null && (Truthiness.IsTruthy(properties["DefinitionBody"]) || Truthiness.IsTruthy(properties["DefinitionUri"])))
        {
            return;
        }

        if (properties is null)
        {
            if (resource.TryGetValue("Properties", StringComparison.Ordinal, out var value) && value.Type != JTokenType.Null)
            {
                return;
            }

            properties = [];
            resource["Properties"] = properties;
        }

        properties["DefinitionBody"] = Resources.HttpApi.OpenApi.OpenApiEditor.Skeleton();
        properties[ManageSwagger] = true;
    }
}
