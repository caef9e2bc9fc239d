using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources;

/// <summary>The resource attributes of a SAM resource and which of them pass to generated resources.</summary>
internal sealed class ResourceAttributes
{
    private static readonly string[] Supported = ["DeletionPolicy", "UpdatePolicy", "Condition", "UpdateReplacePolicy", "Metadata"];
    private static readonly string[] PassThrough = ["Condition", "DeletionPolicy", "UpdateReplacePolicy"];

    private ResourceAttributes(List<KeyValuePair<string, JToken>> all)
    {
        All = all;
        PassThroughOnly = PassThroughOf(all);
    }

    /// <summary>Every supported attribute the resource declares, in the reference's order.</summary>
    public IReadOnlyList<KeyValuePair<string, JToken>> All { get; }

    /// <summary>The attributes that generated resources inherit (Condition, DeletionPolicy, UpdateReplacePolicy), in that order.</summary>
    public IReadOnlyList<KeyValuePair<string, JToken>> PassThroughOnly { get; }

    public JToken? Condition => CfnResource.IndexOf(All, "Condition") is >= 0 and var index ? All[index].Value : null;

    /// <summary>The attributes of <paramref name="attributes"/> that generated resources inherit, in the order Condition, DeletionPolicy, UpdateReplacePolicy.</summary>
    public static IReadOnlyList<KeyValuePair<string, JToken>> PassThroughOf(IReadOnlyList<KeyValuePair<string, JToken>> attributes)
    {
        var passThrough = new List<KeyValuePair<string, JToken>>(PassThrough.Length);
        foreach (var name in PassThrough)
        {
            if (CfnResource.IndexOf(attributes, name) is >= 0 and var index)
            {
                passThrough.Add(attributes[index]);
            }
        }

        return passThrough;
    }

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
