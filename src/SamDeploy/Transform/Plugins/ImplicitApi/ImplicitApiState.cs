using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// What an implicit API plugin learns from the events: per API, path and method, the function's condition; per API,
/// the functions' DeletionPolicy and UpdateReplacePolicy values.
/// </summary>
internal sealed class ImplicitApiState
{
    public Dictionary<string, Dictionary<string, Dictionary<string, JToken?>>> Conditions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<JToken?>> DeletionPolicies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<JToken?>> UpdateReplacePolicies { get; } = new(StringComparer.Ordinal);

    public void Record(string api, string path, string method, JToken? condition, JToken? deletionPolicy, JToken? updateReplacePolicy)
    {
        if (!Conditions.TryGetValue(api, out var byPath))
        {
            byPath = new(StringComparer.Ordinal);
            Conditions[api] = byPath;
        }

        if (!byPath.TryGetValue(path, out var byMethod))
        {
            byMethod = new(StringComparer.Ordinal);
            byPath[path] = byMethod;
        }

        byMethod[method] = condition;
        Add(DeletionPolicies, api, deletionPolicy);
        Add(UpdateReplacePolicies, api, updateReplacePolicy);
    }

    private static void Add(Dictionary<string, List<JToken?>> map, string api, JToken? value)
    {
        if (!map.TryGetValue(api, out var list))
        {
            list = [];
            map[api] = list;
        }

        list.Add(value);
    }
}
