using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources;

/// <summary>
/// The derived references a SAM resource offers, such as <c>MyFunction.Alias</c> and <c>MyFunction.Version</c>, and
/// the generated logical id each stands for. After the transform every <c>Ref</c>, <c>Fn::GetAtt</c> and
/// <c>${...}</c> in <c>Fn::Sub</c> that uses one is rewritten to the generated resource, anywhere in the template.
/// </summary>
internal sealed class ResourceReferences
{
    private readonly Dictionary<string, Dictionary<string, string>> _references = new(StringComparer.Ordinal);

    /// <summary>
    /// Every property a SAM resource offers as a derived reference (<see cref="Add"/> accepts no other), which
    /// <see cref="RecordedReferenceScan"/> looks for.
    /// </summary>
    public static readonly string[] ReferableProperties =
    [
        "Alias", "Version", "DestinationTopic", "DestinationQueue", "Stage", "Deployment", "DomainName", "DomainNameV2",
        "UsagePlan", "UsagePlanKey", "ApiKey",
    ];

    /// <summary>Whether the transform itself made a reference of this kind (an API domain's mapping names <c>MyApi.Stage</c>).</summary>
    public bool UsedByGenerated { get; private set; }

    /// <summary>How many references <see cref="Resolve"/> rewrote so far.</summary>
    public int Rewrites { get; private set; }

    /// <summary>Records that the transform wrote a reference such as <c>MyApi.Stage</c> into the output.</summary>
    public void MarkGeneratedUse() => UsedByGenerated = true;

    /// <summary>Records that <c>LogicalId.Property</c> stands for <paramref name="generatedLogicalId"/>.</summary>
    /// <param name="logicalId">The SAM resource.</param>
    /// <param name="property">The property, such as <c>Alias</c>.</param>
    /// <param name="generatedLogicalId">The generated resource it refers to.</param>
    public void Add(string logicalId, string property, string generatedLogicalId)
    {
        if (Array.IndexOf(ReferableProperties, property) < 0)
        {
            throw new InvalidOperationException($"Internal error: {property} is not a referable property (ResourceReferences.ReferableProperties).");
        }

        if (!_references.TryGetValue(logicalId, out var properties))
        {
            properties = new(StringComparer.Ordinal);
            _references[logicalId] = properties;
        }

        properties[property] = generatedLogicalId;
    }

    /// <summary>The generated logical id of <c>LogicalId.Property</c>, or null.</summary>
    /// <param name="logicalId">The SAM resource.</param>
    /// <param name="property">The property.</param>
    /// <returns>The generated logical id.</returns>
    public string? Get(string logicalId, string property) =>
        _references.TryGetValue(logicalId, out var properties) && properties.TryGetValue(property, out var id) ? id : null;

    /// <summary>Whether any reference was recorded.</summary>
    public bool IsEmpty => _references.Count == 0;

    /// <summary>Rewrites every use of a recorded reference inside <paramref name="value"/>, in place.</summary>
    /// <param name="value">A template or part of one.</param>
    /// <returns>The value, or its replacement.</returns>
    public JToken Resolve(JToken value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsEmpty)
        {
            return value;
        }

        return TreeRewriter.RewriteFunctions(value, ResolveOne);
    }

    private JToken ResolveOne(JToken value)
    {
        if (value is not JObject { Count: 1 } map)
        {
            return value;
        }

        var property = (JProperty)map.First!;
        switch (property.Name)
        {
            case "Ref" when property.Value is JValue { Type: JTokenType.String } reference:
                var (logicalId, name) = Split((string)reference!);
                if (logicalId is not null && Get(logicalId, name!) is { } resolved)
                {
                    Rewrites++;
                    return new JObject { ["Ref"] = resolved };
                }

                return value;
            case "Fn::GetAtt" when property.Value is JArray { Count: >= 2 } items && items.All(i => i.Type == JTokenType.String)
                && _references.ContainsKey(FirstSegment((string)items[0]!)):
                var parts = string.Join(".", items.Select(i => (string)i!)).Split('.');
                if (Get(parts[0], parts[1]) is { } target)
                {
                    Rewrites++;
                    property.Value = new JArray(new[] { target }.Concat(parts.Skip(2)));
                }

                return value;
            case "Fn::Sub" when MayUseRecorded(property.Value):
                property.Value = IntrinsicResolver.SubstituteValue(property.Value, (full, text) =>
                {
                    var splits = text.Split('.');
                    if (splits.Length < 2 || Get(splits[0], splits[1]) is not { } generated)
                    {
                        return full;
                    }

                    Rewrites++;

                    // Python's str.replace: every occurrence of Id.Property in the reference, not only the first.
                    return new JValue(((string)full!).Replace(splits[0] + "." + splits[1], generated, StringComparison.Ordinal));
                }, keepUnchanged: true);
                return value;
            default:
                return value;
        }
    }

    /// <summary>
    /// Whether a Fn::Sub's text may name a recorded reference: some <c>${</c> is followed by letters and digits, a dot,
    /// and those letters and digits are a logical id with recorded references. Every <c>${Id.Property}</c> the
    /// substitution matches passes, so this only spares the match of the many Sub strings that name no such id
    /// (ARNs with <c>${AWS::Region}</c>, <c>${MyFunction.Arn}</c> of a function without an alias). Exact because a
    /// recorded id is a logical id, which is never empty and only ASCII letters and digits (checked on the way in,
    /// see <see cref="Templates.LogicalIds.LogicalIdText"/>), the same characters this scan reads.
    /// </summary>
    private bool MayUseRecorded(JToken subValue)
    {
        if ((subValue is JArray { Count: > 0 } list ? list[0] : subValue) is not JValue { Type: JTokenType.String } value)
        {
            return false;
        }

        var text = (string)value!;
        for (var at = text.IndexOf("${", StringComparison.Ordinal); at >= 0; at = text.IndexOf("${", at + 2, StringComparison.Ordinal))
        {
            var end = at + 2;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (end > at + 2 && end < text.Length && text[end] == '.' && _references.ContainsKey(text[(at + 2)..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text before the first dot (the logical id a dotted GetAtt starts with).</summary>
    private static string FirstSegment(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? text : text[..dot];
    }

    private static (string? LogicalId, string? Property) Split(string reference)
    {
        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == reference.Length - 1)
        {
            return (null, null);
        }

        return (reference[..dot], reference[(dot + 1)..]);
    }
}
