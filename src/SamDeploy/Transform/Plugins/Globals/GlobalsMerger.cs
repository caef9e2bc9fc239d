using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// The rules that combine a global value with a resource's own value:
/// <list type="bullet">
/// <item>maps on both sides merge key by key, recursively: the global keys first, in their order, then the keys only
/// the resource has;</item>
/// <item>lists on both sides concatenate, global items first, without removing duplicates;</item>
/// <item>anything else (scalars, nulls, intrinsic functions, or two values of different kinds) takes the resource's
/// value as it is. An intrinsic function (a map with the single key <c>Ref</c>, <c>Condition</c> or <c>Fn::...</c>)
/// counts as a scalar, since CloudFormation resolves it to one.</item>
/// </list>
/// <see cref="Merge"/> never changes its inputs and returns a new tree; <see cref="MergeInto"/> moves the resource's
/// own properties into the result.
/// </summary>
internal static class GlobalsMerger
{
    private enum Kind
    {
        Scalar,
        Map,
        List,
    }

    /// <summary>Combines a global value with the resource's own value.</summary>
    /// <param name="global">The value from the Globals section.</param>
    /// <param name="local">The resource's value.</param>
    /// <returns>The merged value, a new tree.</returns>
    public static JToken Merge(JToken global, JToken local)
    {
        ArgumentNullException.ThrowIfNull(global);
        ArgumentNullException.ThrowIfNull(local);
        var kind = KindOf(global);
        if (kind != KindOf(local) || kind == Kind.Scalar)
        {
            return local.DeepClone();
        }

        return kind == Kind.Map ? MergeMaps((JObject)global, (JObject)local) : Concatenate((JArray)global, (JArray)local);
    }

    /// <summary>
    /// <see cref="Merge"/> for a resource's own Properties that the result replaces: the properties only the resource
    /// has move into the result instead of being copied, which leaves <paramref name="local"/> empty. The global
    /// values are still copied (they serve every resource).
    /// </summary>
    /// <param name="global">The value from the Globals section (not changed).</param>
    /// <param name="local">The resource's Properties, which the caller replaces with the result.</param>
    /// <returns>The merged value.</returns>
    public static JToken MergeInto(JToken global, JToken local)
    {
        ArgumentNullException.ThrowIfNull(global);
        ArgumentNullException.ThrowIfNull(local);
        if (KindOf(global) != Kind.Map || KindOf(local) != Kind.Map)
        {
            return Merge(global, local);
        }

        var globalMap = (JObject)global;
        var localMap = (JObject)local;

        // An API's properties are a Python 2.7 map: merged as MergeMaps does (a shallow copy of the global map, then the
        // local keys in their Python order), but still by moving the local properties, which keeps their source
        // positions for errors and does not copy a large DefinitionBody.
        var py27 = Py27.IsPy27Dict(localMap);
        var merged = py27 ? Py27.ShallowCopy(globalMap) : (JObject)globalMap.DeepClone();
        SharedGlobalMap.Unmark(merged);
        var properties = new List<(JProperty Property, bool UnicodeKey)>(localMap.Count);
        foreach (var property in Py27.Properties(localMap))
        {
            properties.Add((property, py27 && Py27.IsUnicodeKey(localMap, property.Name)));
        }

        // Detached from the resource's map, a property can join the result without Newtonsoft copying it.
        localMap.RemoveAll();
        foreach (var (property, unicodeKey) in properties)
        {
            if (globalMap.TryGetValue(property.Name, StringComparison.Ordinal, out var globalValue))
            {
                var mergedValue = Merge(globalValue, property.Value);
                if (py27)
                {
                    Py27.Set(merged, property.Name, mergedValue, unicodeKey);
                }
                else
                {
                    merged[property.Name] = mergedValue;
                }
            }
            else if (py27)
            {
                Py27.Add(merged, property, unicodeKey);
            }
            else
            {
                merged.Add(property);
            }
        }

        return merged;
    }

    /// <summary>Whether a value is an intrinsic function: a map with one key, <c>Ref</c>, <c>Condition</c> or one starting with <c>Fn::</c>.</summary>
    /// <param name="token">The value.</param>
    /// <returns>Whether it is an intrinsic function.</returns>
    public static bool IsIntrinsic(JToken? token)
    {
        if (token is not JObject { Count: 1 } map)
        {
            return false;
        }

        var key = map.Properties().First().Name;
        return key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);
    }

    private static Kind KindOf(JToken token) => token switch
    {
        JObject map when !IsIntrinsic(map) => Kind.Map,
        JArray => Kind.List,
        _ => Kind.Scalar,
    };

    /// <summary>
    /// The reference's <c>_merge_dict</c>: a shallow copy of the global map, then each local key set in the local map's
    /// iteration order. For Python 2.7 maps (<c>Globals.Api</c> and an API's properties) both steps decide the merged
    /// map's key order, which gateway responses and authorizers carry into the API's definition and deployment id;
    /// other maps keep document order, global keys first.
    /// </summary>
    private static JObject MergeMaps(JObject global, JObject local)
    {
        var merged = Py27.ShallowCopy(global);
        SharedGlobalMap.Unmark(merged);
        foreach (var key in Py27.Keys(local))
        {
            var value = local[key]!;

            // Merged from the global value itself, not from its copy in merged: Merge copies what it keeps anyway.
            var mergedValue = global.TryGetValue(key, StringComparison.Ordinal, out var globalValue)
                ? Merge(globalValue, value)
                : value.DeepClone();
            Py27.Set(merged, key, mergedValue, Py27.IsUnicodeKey(local, key));
        }

        return merged;
    }

    private static JArray Concatenate(JArray global, JArray local)
    {
        var merged = (JArray)global.DeepClone();
        foreach (var item in local)
        {
            merged.Add(item.DeepClone());
        }

        return merged;
    }
}
