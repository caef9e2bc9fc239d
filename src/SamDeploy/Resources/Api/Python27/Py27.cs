using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// The Python 2.7 flavour of the values in API definitions. The reference hashes the Python text of an API's
/// definition into the deployment's logical id, and that text depends on two things JSON does not carry: whether a
/// string came from the template (a <c>Py27UniStr</c>, printed <c>u'x'</c>) or from the transform (<c>'x'</c>), and
/// whether a map iterates in Python 2.7 order (a <c>Py27Dict</c>) or in insertion order. Both ride on the JSON nodes
/// as annotations, which <see cref="JToken.DeepClone()"/> carries along.
/// </summary>
internal static class Py27
{
    /// <summary>
    /// The name of the <see cref="AppContext"/> switch that makes a plain edit of a counting document's keys an error
    /// (the test projects set it). Counting copies lazily is exact only when every edit that adds or removes a key of a
    /// map behind on its copies goes through <see cref="Set"/> or <see cref="Remove"/>, which catch the map up first.
    /// </summary>
    public const string StrictCopyCountingSwitch = "SamDeploy.Python27.StrictCopyCounting";

    private static readonly bool StrictCopyCounting = AppContext.TryGetSwitch(StrictCopyCountingSwitch, out var strict) && strict;

    /// <summary>A new empty map that iterates in Python 2.7 order (the reference's <c>Py27Dict()</c>).</summary>
    public static JObject NewDict()
    {
        var map = new JObject();
        map.AddAnnotation(new Py27DictInfo(true, Py27KeyOrder.Empty, [], [], false));
        return map;
    }

    /// <summary>
    /// A new map that iterates in Python 2.7 order, holding <paramref name="properties"/> in order: what
    /// <see cref="NewDict()"/> and a <see cref="Set"/> of each key give (transform-made keys, values copied when they
    /// already have a parent), with the key table recorded once instead of once per key. For maps the transform builds
    /// whole (an integration, a CORS method): build a map's own maps first, then attach it with <see cref="Set"/> (or
    /// <see cref="Add"/>, <see cref="SetDefault"/>), which records it and its maps as up to date with a document that
    /// counts copies, as setting an empty map and filling it would have, provided no copy is counted in between. A
    /// repeated key throws (Newtonsoft's <see cref="ArgumentException"/>).
    /// </summary>
    public static JObject NewDict(params JProperty[] properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (properties.Length == 0)
        {
            return NewDict();
        }

        var map = new JObject();
        var keys = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            map.Add(properties[i]);
            keys[i] = properties[i].Name;
        }

        map.AddAnnotation(new Py27DictInfo(true, Py27KeyOrder.FromInserts(keys), [], [], false));
        return map;
    }

    /// <summary>A string value; <paramref name="unicode"/> when it derives from the template (printed <c>u'...'</c>).</summary>
    public static JValue Str(string text, bool unicode)
    {
        var value = new JValue(text);
        if (unicode)
        {
            value.AddAnnotation(Py27Unicode.Instance);
        }

        return value;
    }

    /// <summary>A string value that keeps the template-or-transform origin of <paramref name="origin"/>.</summary>
    public static JValue StrLike(string text, JToken? origin) => Str(text, IsUnicode(origin));

    /// <summary>Whether a value is a string that derives from the template.</summary>
    public static bool IsUnicode(JToken? value) => value is JValue { Type: JTokenType.String } v && v.Annotation<Py27Unicode>() is not null;

    /// <summary>Whether a map iterates in Python 2.7 order.</summary>
    public static bool IsPy27Dict(JObject map) => map.Annotation<Py27DictInfo>() is { IsPy27: true };

    /// <summary>
    /// Sets <paramref name="key"/> the way Python's <c>d[key] = value</c> does: an existing key keeps its place and
    /// its origin; a new one is recorded as template-derived when <paramref name="unicodeKey"/>.
    /// </summary>
    public static void Set(JObject map, string key, JToken value, bool unicodeKey = false)
    {
        if (map.TryGetValue(key, StringComparison.Ordinal, out var existing))
        {
            // The same value again changes nothing (and re-assigning an attached token would make Newtonsoft clone it).
            if (ReferenceEquals(existing, value))
            {
                return;
            }

            // Newtonsoft keeps an equal scalar in place, so carry the new value's origin over to it.
            if (existing is JValue old && value is JValue replacement && old.Equals(replacement))
            {
                old.RemoveAnnotations<Py27Unicode>();
                if (IsUnicode(replacement))
                {
                    old.AddAnnotation(Py27Unicode.Instance);
                }

                return;
            }

            map[key] = value;
            StampAttached(map, value);
            return;
        }

        var info = Current(map, out var inSync);
        map[key] = value;
        StampAttached(map, value);
        RecordNewKey(map, info, inSync, key, unicodeKey);
    }

    /// <summary>
    /// <c>d.update({key: value})</c>: as <see cref="Set"/>, except that a Python 2.7 map first merges the incoming key
    /// into its table (see <see cref="Py27KeyOrder.Merge"/>), which sizes the table differently from a plain insert
    /// (and can reorder it even when the key is already there).
    /// </summary>
    public static void Update(JObject map, string key, JToken value, bool unicodeKey = false)
    {
        var info = Current(map, out var inSync);
        var before = info is { IsPy27: true } ? OrderOf(map, info, inSync, except: null) : null;
        Set(map, key, value, unicodeKey);
        if (before is not null && map.Annotation<Py27DictInfo>() is { } now)
        {
            var merged = before.Merge([key]);
            if (!ReferenceEquals(now.Order, merged))
            {
                Replace(map, now with { Order = merged });
            }
        }
    }

    /// <summary>
    /// Adds a property that has no parent and whose key <paramref name="map"/> lacks, as <see cref="Set"/> adds a new
    /// key, keeping the property itself (and so its source position) instead of copying its value.
    /// </summary>
    public static void Add(JObject map, JProperty property, bool unicodeKey = false)
    {
        if (property.Parent is not null || map.ContainsKey(property.Name))
        {
            throw new InvalidOperationException($"Internal error: '{property.Name}' cannot be added to the map at '{map.Path}' as a new key.");
        }

        var info = Current(map, out var inSync);
        map.Add(property);
        StampAttached(map, property.Value);
        RecordNewKey(map, info, inSync, property.Name, unicodeKey);
    }

    /// <summary><c>d.setdefault(key, value)</c>: the existing value, or <paramref name="value"/> after adding it.</summary>
    public static JToken SetDefault(JObject map, string key, JToken value, bool unicodeKey = false)
    {
        if (map.TryGetValue(key, StringComparison.Ordinal, out var existing))
        {
            return existing;
        }

        Set(map, key, value, unicodeKey);
        return value;
    }

    /// <summary>
    /// What Python's <c>d.update(other)</c> does to the key order of a Python 2.7 map when every key of
    /// <paramref name="keys"/> (the other map's, in its iteration order) is already in <paramref name="map"/>: the
    /// values stay, but the merge may resize the table (see <see cref="Py27KeyOrder.Merge"/>). Nothing for other maps.
    /// </summary>
    public static void UpdateWithKnownKeys(JObject map, IReadOnlyList<string> keys)
    {
        if (Current(map, out _) is not { IsPy27: true, Order: { } order } info)
        {
            return;
        }

        foreach (var key in keys)
        {
            if (!map.ContainsKey(key))
            {
                throw new InvalidOperationException($"Internal error: '{key}' is not a key of the map at '{map.Path}'.");
            }
        }

        var merged = order.Merge(keys);
        if (!ReferenceEquals(merged, order))
        {
            Replace(map, info with { Order = merged });
        }
    }

    /// <summary>Deletes <paramref name="key"/> the way Python's <c>del d[key]</c> does (a Python 2.7 map keeps a hole).</summary>
    public static void Remove(JObject map, string key)
    {
        if (!map.ContainsKey(key))
        {
            return;
        }

        var info = Current(map, out var inSync);
        var order = info is { IsPy27: true } ? OrderOf(map, info, inSync, except: null) : null;
        map.Remove(key);
        if (info is not null)
        {
            Replace(map, info with { Order = order?.Remove(key) });
        }
    }

    /// <summary>Whether <paramref name="key"/> of <paramref name="map"/> derives from the template.</summary>
    public static bool IsUnicodeKey(JObject map, string key)
    {
        var info = map.Annotation<Py27DictInfo>();
        if (info is null)
        {
            return false;
        }

        // The two sets are disjoint, and only one of them matters for a map: the exceptions to its default.
        return info.DefaultUnicode ? !info.PlainKeys.Contains(key) : info.UnicodeKeys.Contains(key);
    }

    /// <summary>The keys of <paramref name="map"/> in the order Python iterates them.</summary>
    public static IReadOnlyList<string> Keys(JObject map)
    {
        var info = Current(map, out var inSync);
        if (info is not { IsPy27: true })
        {
            return PropertyWalk.Names(map);
        }

        return (OrderOf(map, info, inSync, except: null) ?? Normalized(map)).Keys;
    }

    /// <summary>
    /// The properties of <paramref name="map"/> in the order Python iterates them: the order of <see cref="Keys"/> for a
    /// Python 2.7 map, document order (without a key list) for any other.
    /// </summary>
    public static IEnumerable<JProperty> Properties(JObject map) =>
        IsPy27Dict(map) ? Keys(map).Select(key => map.Property(key, StringComparison.Ordinal)!) : map.Properties();

    /// <summary>
    /// Python's <c>copy.deepcopy</c> of a value: a Python 2.7 map's copy re-inserts its keys in iteration order,
    /// which can change that order.
    /// </summary>
    public static T DeepCopy<T>(T value)
        where T : JToken
    {
        // Bring every map up to date first: the copy may be cut off from the document that counts copies.
        foreach (var map in Maps(value))
        {
            _ = Current(map, out _);
        }

        var copy = (T)value.DeepClone();
        foreach (var map in Maps(copy))
        {
            if (map.Annotation<Py27DictInfo>() is { IsPy27: true } info)
            {
                var order = Synced(map, info, except: null) ?? Normalized(map);
                Replace(map, info with { Order = order.DeepCopy() });
            }
        }

        return copy;
    }

    /// <summary>
    /// Python's <c>d.copy()</c> of a map: its values are shared, so they keep their key orders (here they are
    /// Newtonsoft copies carrying the same state), and the map's own key order is that of a new table merged with its
    /// keys (see <see cref="Py27KeyOrder.ShallowCopy"/>).
    /// </summary>
    public static JObject ShallowCopy(JObject map)
    {
        var info = Current(map, out _);
        var copy = (JObject)map.DeepClone();
        if (info is { IsPy27: true })
        {
            var order = Synced(copy, info, except: null) ?? Normalized(copy);
            Replace(copy, info with { Order = order.ShallowCopy() });
        }

        return copy;
    }

    /// <summary>
    /// Marks a part of the template the way the reference converts it before the transform: every string becomes
    /// template-derived, every integer above 2^63 - 1 a Python 2.7 long and every map a Python 2.7 map built by
    /// inserting its keys in document order.
    /// </summary>
    public static void MarkFromTemplate(JToken value)
    {
        foreach (var token in SelfAndDescendants(value))
        {
            switch (token)
            {
                case JValue { Type: JTokenType.String } text when text.Annotation<Py27Unicode>() is null:
                    text.AddAnnotation(Py27Unicode.Instance);
                    break;
                case JValue { Type: JTokenType.Integer } number when Py27Long.Applies(number) && number.Annotation<Py27Long>() is null:
                    number.AddAnnotation(Py27Long.Instance);
                    break;
                case JObject map:
                    Replace(map, new Py27DictInfo(true, Py27KeyOrder.FromInserts(PropertyWalk.Names(map)), [], [], true));
                    break;
            }
        }
    }

    /// <summary>Marks one string as template-derived (in place).</summary>
    public static void MarkUnicode(JToken? value)
    {
        if (value is JValue { Type: JTokenType.String } text && text.Annotation<Py27Unicode>() is null)
        {
            text.AddAnnotation(Py27Unicode.Instance);
        }
    }

    /// <summary>
    /// Starts counting the deep copies of <paramref name="document"/> instead of making them (see
    /// <see cref="CopyInPlace"/>): every Python 2.7 map in it is recorded as reflecting no copy yet. Does nothing when
    /// the document already counts.
    /// </summary>
    /// <returns>Whether the document started counting now.</returns>
    public static bool StartCountingCopies(JObject document)
    {
        if (document.Annotation<Py27CopyClock>() is not null)
        {
            return false;
        }

        document.AddAnnotation(new Py27CopyClock(0));
        foreach (var map in Maps(document))
        {
            if (map.Annotation<Py27DictInfo>() is { IsPy27: true } info)
            {
                Replace(map, Settled(map, info, 0));
            }
        }

        return true;
    }

    /// <summary>
    /// What <see cref="DeepCopy{T}"/> does to the key orders of a whole document whose copy replaces it, in constant
    /// time: the document (which must count copies, see <see cref="StartCountingCopies"/>) records one more copy, and
    /// each map catches up with the copies it missed when it is next used. The maps of <paramref name="touched"/>
    /// (the parts edited since the last copy), the document's own map and its <c>paths</c> map that are new are first
    /// recorded as up to date; every other map must already be recorded.
    /// </summary>
    public static void CopyInPlace(JObject document, IEnumerable<JToken> touched)
    {
        var clock = document.Annotation<Py27CopyClock>() ?? throw new InvalidOperationException("The document does not count its copies.");
        StampOne(document, clock.Copies);
        if (document["paths"] is JObject paths)
        {
            StampOne(paths, clock.Copies);
        }

        foreach (var part in touched)
        {
            SettleTouched(part, clock.Copies);
        }

        document.RemoveAnnotations<Py27CopyClock>();
        document.AddAnnotation(new Py27CopyClock(clock.Copies + 1));
    }

    /// <summary>
    /// A map's information, first brought up to date with the copies its document made since it was last used.
    /// <paramref name="inSync"/> tells whether the returned order is known to have exactly the map's keys: true when
    /// this call caught the map up (it matched the recorded order with the keys, or rebuilt it from them), which
    /// spares the caller the same O(keys) check (see <see cref="OrderOf"/>).
    /// </summary>
    private static Py27DictInfo? Current(JObject map, out bool inSync)
    {
        inSync = false;
        var info = map.Annotation<Py27DictInfo>();
        if (info is not { IsPy27: true } || ClockOf(map) is not { } clock || info.Copies == clock.Copies)
        {
            return info;
        }

        Py27DictInfo updated;
        if (info.Copies is not { } seen || seen > clock.Copies)
        {
            // New since the last copy (or from elsewhere): it reflects the document as it is.
            updated = info with { Copies = clock.Copies };
        }
        else
        {
            if (StrictCopyCounting && !IsSynced(map, info))
            {
                throw PlainEditWhileCopiesPending(map);
            }

            var order = info.Order is null ? null : (Synced(map, info, except: null) ?? Normalized(map)).DeepCopy(clock.Copies - seen);
            updated = info with { Order = order, Copies = clock.Copies };
            inSync = order is not null;
        }

        Replace(map, updated);
        return updated;
    }

    /// <summary>The copy count of the document a token is in, if that document counts its copies.</summary>
    private static Py27CopyClock? ClockOf(JToken token)
    {
        for (JToken? current = token; current is not null; current = current.Parent)
        {
            if (current is JObject map && map.Annotation<Py27CopyClock>() is { } clock)
            {
                return clock;
            }
        }

        return null;
    }

    /// <summary>Records the new maps of a value just set into <paramref name="map"/> as up to date with its document.</summary>
    private static void StampAttached(JObject map, JToken value)
    {
        if (value is JContainer && ClockOf(map) is { } clock)
        {
            Stamp(value, clock.Copies);
        }
    }

    private static void StampOne(JObject map, int copies)
    {
        if (map.Annotation<Py27DictInfo>() is { IsPy27: true, Copies: null } info)
        {
            Replace(map, info with { Copies = copies });
        }
    }

    private static void Stamp(JToken value, int copies)
    {
        foreach (var map in Maps(value))
        {
            if (map.Annotation<Py27DictInfo>() is { IsPy27: true, Copies: null } info)
            {
                Replace(map, info with { Copies = copies });
            }
        }
    }

    /// <summary>
    /// Brings the maps of a part an edit touched up to the copy about to be counted. A map that already reflects the
    /// document (new, or used since the last copy) gets the key order any use of it would give now: its own, or, when
    /// a plain edit changed its keys, the order rebuilt from them, as the real copy would rebuild it. A map still behind
    /// catches up when next used; a plain edit of its keys would have been made at an unknown copy (see
    /// <see cref="StrictCopyCounting"/>).
    /// </summary>
    private static void SettleTouched(JToken part, int copies)
    {
        foreach (var map in Maps(part))
        {
            if (map.Annotation<Py27DictInfo>() is not { IsPy27: true } info)
            {
                continue;
            }

            if (info.Copies is not { } seen || seen >= copies)
            {
                if (info.Copies != copies || !IsSynced(map, info))
                {
                    Replace(map, Settled(map, info, copies));
                }
            }
            else if (StrictCopyCounting && !IsSynced(map, info))
            {
                throw PlainEditWhileCopiesPending(map);
            }
        }
    }

    /// <summary>A map's information as of <paramref name="copies"/> copies, with the key order rebuilt if a plain edit changed its keys.</summary>
    private static Py27DictInfo Settled(JObject map, Py27DictInfo info, int copies) =>
        info with { Order = Synced(map, info, except: null), Copies = copies };

    /// <summary>Whether a map's recorded key order still has exactly its keys (no plain Newtonsoft edit added or removed one).</summary>
    private static bool IsSynced(JObject map, Py27DictInfo info) =>
        info.Order is null || (info.Order.Count == map.Count && info.Order.AllKeysIn(map));

    private static InvalidOperationException PlainEditWhileCopiesPending(JObject map) =>
        new($"Internal error: the keys of the Python 2.7 map at '{map.Path}' were changed without Py27 while it had copies to catch up with; route the edit through Py27.Set or Py27.Remove.");

    /// <summary>A value and everything in it, in document order.</summary>
    private static TreeWalk SelfAndDescendants(JToken value) => new(value);

    /// <summary>The maps of a value, itself first, in document order.</summary>
    private static Py27MapWalk Maps(JToken value) => new(value);

    /// <summary>
    /// Records a key just added to <paramref name="map"/> (whose state before was <paramref name="info"/>, its order
    /// <paramref name="inSync"/> with the keys before the add, as <see cref="Current(JObject, out bool)"/> said).
    /// </summary>
    private static void RecordNewKey(JObject map, Py27DictInfo? info, bool inSync, string key, bool unicodeKey)
    {
        if (info is null && !unicodeKey)
        {
            return;
        }

        info ??= new Py27DictInfo(false, null, [], [], false);
        var updated = info with
        {
            Order = info.IsPy27 ? (OrderOf(map, info, inSync, except: key) ?? Py27KeyOrder.Empty).Add(key) : null,
            // Only the exceptions to the map's default are kept (see IsUnicodeKey).
            UnicodeKeys = info.DefaultUnicode ? info.UnicodeKeys : unicodeKey ? info.UnicodeKeys.Add(key) : info.UnicodeKeys.Remove(key),
            PlainKeys = !info.DefaultUnicode ? info.PlainKeys : unicodeKey ? info.PlainKeys.Remove(key) : info.PlainKeys.Add(key),
        };
        Replace(map, updated);
    }

    /// <summary>
    /// <see cref="Synced"/>, without its O(keys) check when <paramref name="inSync"/> (the order had exactly the map's
    /// keys, and only <paramref name="except"/> was added since). The strict switch checks that claim.
    /// </summary>
    private static Py27KeyOrder? OrderOf(JObject map, Py27DictInfo info, bool inSync, string? except)
    {
        if (!inSync)
        {
            return Synced(map, info, except);
        }

        if (StrictCopyCounting && !ReferenceEquals(Synced(map, info, except), info.Order))
        {
            throw new InvalidOperationException($"Internal error: the key order of the Python 2.7 map at '{map.Path}' was taken as matching its keys, and does not.");
        }

        return info.Order;
    }

    private static Py27KeyOrder? Synced(JObject map, Py27DictInfo info, string? except)
    {
        if (info.Order is null)
        {
            return null;
        }

        var actualCount = map.Count - (except is not null && map.ContainsKey(except) ? 1 : 0);
        if (info.Order.Count == actualCount && info.Order.AllKeysIn(map))
        {
            return info.Order;
        }

        var actual = new List<string>(map.Count);
        for (var child = map.First; child is not null; child = child.Next)
        {
            var name = ((JProperty)child).Name;
            if (name != except)
            {
                actual.Add(name);
            }
        }

        return Py27KeyOrder.FromInserts(actual).DeepCopy();
    }

    private static Py27KeyOrder Normalized(JObject map) =>
        Py27KeyOrder.FromInserts(PropertyWalk.Names(map)).DeepCopy();

    private static void Replace(JObject map, Py27DictInfo info)
    {
        map.RemoveAnnotations<Py27DictInfo>();
        map.AddAnnotation(info);
    }
}

/// <summary>Marks a string that derives from the template (the reference's <c>Py27UniStr</c>).</summary>
internal sealed class Py27Unicode
{
    private Py27Unicode()
    {
    }

    public static Py27Unicode Instance { get; } = new();
}

/// <summary>
/// Marks an integer from the template above Python 2.7's <c>sys.maxint</c> (2^63 - 1): the reference converts it to
/// its <c>Py27LongInt</c>, whose text ends in <c>L</c> as a Python 2.7 <c>long</c>'s does.
/// </summary>
internal sealed class Py27Long
{
    private Py27Long()
    {
    }

    public static Py27Long Instance { get; } = new();

    /// <summary>Whether <paramref name="value"/> is an integer the reference would convert (above 2^63 - 1).</summary>
    public static bool Applies(JValue value) =>
        value.Type == JTokenType.Integer && value.Value is System.Numerics.BigInteger big && big > long.MaxValue;
}

/// <summary>What a map knows of its Python self: whether it is a <c>Py27Dict</c>, its key order and the origin of its keys. Immutable, so clones may share it.</summary>
/// <param name="IsPy27">Whether the map iterates in Python 2.7 order.</param>
/// <param name="Order">The Python 2.7 key order with its history, when <paramref name="IsPy27"/>.</param>
/// <param name="UnicodeKeys">Keys known to derive from the template, in a map whose keys come from the transform by default.</param>
/// <param name="PlainKeys">Keys known to come from the transform, in a map whose keys derive from the template by default.</param>
/// <param name="DefaultUnicode">What an unrecorded key is (true for maps from the template, whose keys other steps may add to).</param>
/// <param name="Copies">In a document that counts its copies (<see cref="Py27CopyClock"/>), how many of them <paramref name="Order"/> reflects; null for a map made since the last one.</param>
internal sealed record Py27DictInfo(bool IsPy27, Py27KeyOrder? Order, Py27KeySet UnicodeKeys, Py27KeySet PlainKeys, bool DefaultUnicode, int? Copies = null);

/// <summary>
/// On the root of an API definition edited in place: how many times the reference would have deep-copied it so far
/// (its <c>SwaggerEditor</c> copies the whole document twice per Api event). Each copy can reorder a Python 2.7 map, so
/// maps catch up with the copies they missed when next used, instead of every map being copied every time.
/// </summary>
/// <param name="Copies">The number of copies.</param>
internal sealed record Py27CopyClock(int Copies);
