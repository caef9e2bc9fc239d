using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi;

/// <summary>
/// One <c>AWS::Serverless::HttpApi</c> being transformed: its id, properties (CorsConfiguration and Domain with
/// template parameters resolved, as the reference does), attributes, and the generator's working values: the
/// definition as the steps edit it and the tags (which gain <c>httpapi:createdBy</c>).
/// </summary>
internal sealed class HttpApiScope
{
    public HttpApiScope(SamResource resource, TransformContext context)
    {
        LogicalId = resource.LogicalId;
        Definition = resource.Definition;
        Properties = resource.Definition["Properties"] as JObject ?? [];
        Attributes = ResourceAttributes.Of(resource.Definition);
        Context = context;
        var parameters = IntrinsicResolver.ForParameters(context.Parameters);
        foreach (var name in new[] { "CorsConfiguration", "Domain" })
        {
            if (Properties[name] is { } value)
            {
                Properties[name] = parameters.Resolve(value);
            }
        }

        DefinitionBody = this["DefinitionBody"] as JObject;
        Tags = this["Tags"] as JObject;
    }

    public string LogicalId { get; }

    public JObject Definition { get; }

    public JObject Properties { get; }

    public ResourceAttributes Attributes { get; }

    public TransformContext Context { get; }

    /// <summary>The definition as edited so far (the generator's <c>definition_body</c>).</summary>
    public JObject? DefinitionBody { get; set; }

    /// <summary>
    /// The generator's tags: the resource's Tags map itself (so adding <c>httpapi:createdBy</c> changes the resource's
    /// Tags too, as in the reference), or a new map once the definition gets its tags.
    /// </summary>
    public JObject? Tags { get; set; }

    /// <summary>A property's value; null when absent or null (Python's None).</summary>
    public JToken? this[string name] => Properties[name] is { Type: not JTokenType.Null } value ? value : null;

    public SamTemplateException Error(string message, JToken? at = null) =>
        TemplateErrors.Resource(LogicalId, message, at ?? Definition);
}
