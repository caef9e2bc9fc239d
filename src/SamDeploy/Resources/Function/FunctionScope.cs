using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>One function being transformed: its id, properties, attributes and the resolvers of this transform.</summary>
internal sealed class FunctionScope
{
    public FunctionScope(SamResource resource, TransformContext context)
    {
        LogicalId = resource.LogicalId;
        Definition = resource.Definition;
        Properties = resource.Definition["Properties"] as JObject ?? [];
        Attributes = ResourceAttributes.Of(resource.Definition);
        Context = context;
        Parameters = IntrinsicResolver.ForParameters(context.Parameters);
        Mappings = IntrinsicResolver.ForMappings(context.Template["Mappings"] ?? new JObject());
    }

    public string LogicalId { get; }

    public JObject Definition { get; }

    public JObject Properties { get; }

    public ResourceAttributes Attributes { get; }

    public TransformContext Context { get; }

    public IntrinsicResolver Parameters { get; }

    public IntrinsicResolver Mappings { get; }

    /// <summary>A property's value; null when absent or null (Python's None).</summary>
    public JToken? this[string name] => Properties[name] is { Type: not JTokenType.Null } value ? value : null;

    /// <summary>Whether a property is set to a truthy value.</summary>
    public bool Has(string name) => Truthiness.IsTruthy(this[name]);

    public SamTemplateException Error(string message, string? property = null) =>
        TemplateErrors.Resource(LogicalId, message, property is null ? Definition : (JToken?)Properties.Property(property, StringComparison.Ordinal) ?? Definition, property);
}
