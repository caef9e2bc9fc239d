using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// A value and everything in it, in document order, walked through the tree's own sibling and parent links: no list
/// and no iterator per level, which matters because every counted copy of a whole API definition walks it. The walk
/// reads the next node before handing out the current one, so a caller may change annotations but not the tree.
/// </summary>
internal struct Py27TreeWalk
{
    private readonly JToken _root;
    private JToken? _next;

    /// <summary>Starts a walk of <paramref name="root"/> (itself first).</summary>
    /// <param name="root">The value to walk.</param>
    public Py27TreeWalk(JToken root)
    {
        _root = root;
        _next = root;
        Current = root;
    }

    /// <summary>The node the walk is at.</summary>
    public JToken Current { get; private set; }

    /// <summary>For <c>foreach</c>.</summary>
    /// <returns>This walk.</returns>
    public readonly Py27TreeWalk GetEnumerator() => this;

    /// <summary>Moves to the next node.</summary>
    /// <returns>False when the whole value was walked.</returns>
    public bool MoveNext()
    {
        if (_next is not { } node)
        {
            return false;
        }

        Current = node;
        _next = After(node);
        return true;
    }

    private readonly JToken? After(JToken node)
    {
        if (node is JContainer { First: { } first })
        {
            return first;
        }

        for (var current = node; !ReferenceEquals(current, _root); current = current.Parent!)
        {
            if (current.Next is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}

/// <summary>The maps of a value, itself first, in document order (a <see cref="Py27TreeWalk"/> that stops at maps only).</summary>
internal struct Py27MapWalk
{
    private Py27TreeWalk _walk;

    /// <summary>Starts a walk of the maps of <paramref name="root"/>.</summary>
    /// <param name="root">The value to walk.</param>
    public Py27MapWalk(JToken root)
    {
        _walk = new Py27TreeWalk(root);
        Current = null!;
    }

    /// <summary>The map the walk is at.</summary>
    public JObject Current { get; private set; }

    /// <summary>For <c>foreach</c>.</summary>
    /// <returns>This walk.</returns>
    public readonly Py27MapWalk GetEnumerator() => this;

    /// <summary>Moves to the next map.</summary>
    /// <returns>False when the whole value was walked.</returns>
    public bool MoveNext()
    {
        while (_walk.MoveNext())
        {
            if (_walk.Current is JObject map)
            {
                Current = map;
                return true;
            }
        }

        return false;
    }
}
