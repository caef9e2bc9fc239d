using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>
/// One <c>AWS::Serverless::Api</c> being transformed: its id, properties (BinaryMediaTypes, Domain and Auth with
/// template parameters resolved, as the reference does), attributes, and the definition as the steps edit it.
/// </summary>
internal sealed class ApiScope
{
    public ApiScope(SamResource resource, TransformContext context)
    {
        LogicalId = resource.LogicalId;
        Definition = resource.Definition;
        Properties = resource.Definition["Properties"] as JObject ?? [];
        Attributes = ResourceAttributes.Of(resource.Definition);
        Context = context;
        var parameters = Python27.Py27Parameters.Resolver(context);
        foreach (var name in new[] { "BinaryMediaTypes", "Domain", "Auth" })
        {
            if (Properties[name] is { } value)
            {
                Properties[name] = parameters.Resolve(value);
            }
        }

        DefinitionBody = this["DefinitionBody"] as JObject;
    }

    public string LogicalId { get; }

    public JObject Definition { get; }

    public JObject Properties { get; }

    public ResourceAttributes Attributes { get; }

    public TransformContext Context { get; }

    /// <summary>The definition as edited so far (the reference's <c>definition_body</c>).</summary>
    public JObject? DefinitionBody { get; set; }

    /// <summary>A property's value; null when absent or null (Python's None).</summary>
    public JToken? this[string name] => Properties[name] is { Type: not JTokenType.Null } value ? value : null;

    public bool Has(string name) => Truthiness.IsTruthy(this[name]);

    public SamTemplateException Error(string message, JToken? at = null) =>
        TemplateErrors.Resource(LogicalId, message, at ?? Definition);
}
