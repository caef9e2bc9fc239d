using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates;

/// <summary>
/// The properties of a map in document order, walked through the tree's sibling links. Newtonsoft's
/// <see cref="JObject.Properties"/> hands out a LINQ cast iterator over a boxed list enumerator, two objects per loop;
/// the transform loops over small maps millions of times in a large template, so its hot loops use this instead. The
/// walk reads the next property before handing out the current one, so a caller may remove the current property (or
/// replace its value) but must not add properties to the map while walking it.
/// </summary>
internal struct PropertyWalk
{
    private JProperty? _next;

    /// <summary>Starts a walk of the properties of <paramref name="map"/>.</summary>
    /// <param name="map">The map.</param>
    public PropertyWalk(JObject map)
    {
        _next = map.First as JProperty;
        Current = null!;
    }

    /// <summary>The names of a map's properties in document order, as a new array (no enumerator objects either).</summary>
    /// <param name="map">The map.</param>
    /// <returns>The names.</returns>
    public static string[] Names(JObject map)
    {
        var names = new string[map.Count];
        var i = 0;
        foreach (var property in new PropertyWalk(map))
        {
            names[i++] = property.Name;
        }

        return names;
    }

    /// <summary>The property the walk is at.</summary>
    public JProperty Current { get; private set; }

    /// <summary>For <c>foreach</c>.</summary>
    /// <returns>This walk.</returns>
    public readonly PropertyWalk GetEnumerator() => this;

    /// <summary>Moves to the next property.</summary>
    /// <returns>False when every property was walked.</returns>
    public bool MoveNext()
    {
        if (_next is not { } property)
        {
            return false;
        }

        Current = property;
        _next = property.Next as JProperty;
        return true;
    }
}
