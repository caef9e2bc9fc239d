using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources;

/// <summary>The resource attributes of a SAM resource and which of them pass to generated resources.</summary>
internal sealed class ResourceAttributes
{
    private static readonly string[] Supported = ["DeletionPolicy", "UpdatePolicy", "Condition", "UpdateReplacePolicy", "Metadata"];
    private static readonly string[] PassThrough = ["Condition", "DeletionPolicy", "UpdateReplacePolicy"];

    private ResourceAttributes(List<KeyValuePair<string, JToken>> all) => All = all;

    /// <summary>Every supported attribute the resource declares, in the reference's order.</summary>
    public IReadOnlyList<KeyValuePair<string, JToken>> All { get; }

    /// <summary>The attributes that generated resources inherit (Condition, DeletionPolicy, UpdateReplacePolicy).</summary>
    public IReadOnlyList<KeyValuePair<string, JToken>> PassThroughOnly =>
        [.. PassThrough.Where(name => All.Any(a => a.Key == name)).Select(name => All.First(a => a.Key == name))];

    public JToken? Condition => All.FirstOrDefault(a => a.Key == "Condition").Value;

    public static ResourceAttributes Of(JObject definition)
    {
        var all = new List<KeyValuePair<string, JToken>>();
        foreach (var name in Supported)
        {
            if (definition.TryGetValue(name, StringComparison.Ordinal, out var value))
            {
                all.Add(new(name, value));
            }
        }

        return new ResourceAttributes(all);
    }
}
