using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// Gives every <c>AWS::Serverless::Api</c> without DefinitionBody or DefinitionUri a minimal Swagger document that SAM
/// manages itself (<c>__MANAGE_SWAGGER</c>): its Api events then add their paths to it.
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
        foreach (var resource in context.Resources.PropertyValues().OfType<JObject>())
        {
            ImplicitRestApiPlugin.CheckCondition(resource);
            if (resource["Type"] is not JValue { Type: JTokenType.String } type || (string?)type != "AWS::Serverless::Api"
                || resource["Properties"] is not JObject properties)
            {
                continue;
            }

            if (Truthiness.IsTruthy(properties["DefinitionBody"]) || Truthiness.IsTruthy(properties["DefinitionUri"]))
            {
                continue;
            }

            Py27.Set(properties, "DefinitionBody", SwaggerEditor.Skeleton());
            Py27.Set(properties, ManageSwagger, true);
        }
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }
}
