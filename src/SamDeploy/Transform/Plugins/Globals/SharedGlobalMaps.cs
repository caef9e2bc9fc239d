using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// Marks a map of the Globals section. The reference merges Globals with shallow copies, so a global map that a
/// resource does not override (its <c>EventInvokeConfig.DestinationConfig.OnFailure</c>, say) is one Python object
/// shared by every resource that takes it; what one resource's transform writes into it, the next ones read. Each
/// copy of the map carries the same marker (annotations survive <see cref="JToken.DeepClone()"/>), and
/// <see cref="SharedGlobalWrites"/> replays those writes.
/// </summary>
internal sealed class SharedGlobalMap
{
    /// <summary>Marks every map of a Globals section as one shared object.</summary>
    public static void MarkAll(JObject section)
    {
        foreach (var map in section.DescendantsAndSelf().OfType<JObject>())
        {
            map.AddAnnotation(new SharedGlobalMap());
        }
    }

    /// <summary>A map a merge made anew (the reference's <c>dict.copy()</c> of a global map) is no longer the shared one.</summary>
    public static void Unmark(JObject map) => map.RemoveAnnotations<SharedGlobalMap>();

    /// <summary>A deep copy (<c>IgnoreGlobals</c>) shares nothing with other resources.</summary>
    public static void UnmarkAll(JObject value)
    {
        foreach (var map in value.DescendantsAndSelf().OfType<JObject>())
        {
            map.RemoveAnnotations<SharedGlobalMap>();
        }
    }
}

/// <summary>
/// The writes the transform made into maps shared through Globals (see <see cref="SharedGlobalMap"/>), so that a
/// later resource's copy of the same map shows them, as the reference's single object does.
/// </summary>
internal sealed class SharedGlobalWrites
{
    private readonly Dictionary<SharedGlobalMap, List<KeyValuePair<string, JToken>>> _writes = [];

    /// <summary>Brings a resource's copy of a shared map up to date with the writes made through other resources.</summary>
    public void ApplyTo(JObject map)
    {
        if (map.Annotation<SharedGlobalMap>() is { } shared && _writes.TryGetValue(shared, out var writes))
        {
            // As the reference's own assignments into it: a Python 2.7 map (Globals.Api) takes the key as an insert.
            foreach (var (key, value) in writes)
            {
                Py27.Set(map, key, value.DeepClone());
            }
        }
    }

    /// <summary>Records <c>map[key] = value</c> when <paramref name="map"/> is a copy of a shared map.</summary>
    public void Record(JObject map, string key, JToken value)
    {
        if (map.Annotation<SharedGlobalMap>() is not { } shared)
        {
            return;
        }

        if (!_writes.TryGetValue(shared, out var writes))
        {
            writes = [];
            _writes[shared] = writes;
        }

        writes.RemoveAll(w => w.Key == key);
        writes.Add(new(key, value.DeepClone()));
    }
}
