using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates;

/// <summary>
/// A value and every value in it (maps, lists and scalars, not the properties that hold map values; a property given
/// as the root is handed out, then its value), in document order, walked through the tree's own sibling and parent
/// links: no list, no iterator and no recursion per level, which matters because every counted copy of a whole API
/// definition walks it (the Python 2.7 emulation), and so do the transform's scans of the template. Node kinds are told apart by
/// <see cref="JToken.Type"/>, one virtual call, instead of type tests against Newtonsoft's open class hierarchy. The
/// walk reads the next node before handing out the current one, so a caller may change annotations but not the tree.
/// </summary>
internal struct TreeWalk
{
    private readonly JToken _root;
    private JToken? _next;

    /// <summary>Starts a walk of <paramref name="root"/> (itself first).</summary>
    /// <param name="root">The value to walk.</param>
    public TreeWalk(JToken root)
    {
        _root = root;
        _next = root;
        Current = root;
    }

    /// <summary>The node the walk is at.</summary>
    public JToken Current { get; private set; }

    /// <summary>For <c>foreach</c>.</summary>
    /// <returns>This walk.</returns>
    public readonly TreeWalk GetEnumerator() => this;

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

    /// <summary>The first value inside <paramref name="node"/>, else the next value after it or after one of its ancestors inside the root.</summary>
    private readonly JToken? After(JToken node)
    {
        switch (node.Type)
        {
            case JTokenType.Property:
                return ((JProperty)node).Value;
            case JTokenType.Object:
                if (((JContainer)node).First is JProperty first)
                {
                    return first.Value;
                }

                break;
            case JTokenType.Array or JTokenType.Constructor:
                if (((JContainer)node).First is { } item)
                {
                    return item;
                }

                break;
        }

        for (var current = node; !ReferenceEquals(current, _root);)
        {
            var parent = current.Parent!;
            if (parent.Type == JTokenType.Property)
            {
                // A map's value: the next one is the value of the map's next property.
                if (ReferenceEquals(parent, _root))
                {
                    return null;
                }

                if (parent.Next is JProperty sibling)
                {
                    return sibling.Value;
                }

                current = parent.Parent!;
            }
            else
            {
                if (current.Next is { } sibling)
                {
                    return sibling;
                }

                current = parent;
            }
        }

        return null;
    }
}
