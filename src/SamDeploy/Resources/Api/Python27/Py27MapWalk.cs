using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// The maps of a value, itself first, in document order. Like <see cref="Templates.TreeWalk"/> it follows the tree's own
/// sibling and parent links (no list, no recursion), but it steps only from container to container: a scalar is
/// looked at as a property's or an item's value and never visited, so walking a whole API definition, which the
/// counted copies of the Python 2.7 emulation do several times per API, costs what its maps and lists cost, not its
/// strings. A property given as the root walks the maps of its value. The walk reads the next container before
/// handing out the current map, so a caller may change annotations but not the tree.
/// </summary>
internal struct Py27MapWalk
{
    private readonly JToken _root;
    private JContainer? _next;

    /// <summary>Starts a walk of the maps of <paramref name="root"/>.</summary>
    /// <param name="root">The value to walk.</param>
    public Py27MapWalk(JToken root)
    {
        _root = root;
        _next = root is JProperty property ? property.Value as JContainer : root as JContainer;
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
        while (_next is { } node)
        {
            _next = After(node);
            if (node is JObject map)
            {
                Current = map;
                return true;
            }
        }

        return false;
    }

    /// <summary>The first container inside <paramref name="node"/>, else the next one after it or after one of its ancestors inside the root.</summary>
    private readonly JContainer? After(JContainer node)
    {
        if (FirstContainerFrom(node.First) is { } inside)
        {
            return inside;
        }

        for (JToken current = node; !ReferenceEquals(current, _root);)
        {
            var parent = current.Parent!;
            if (parent.Type == JTokenType.Property)
            {
                // A map's value: the next container is the value of one of the map's later properties.
                if (ReferenceEquals(parent, _root))
                {
                    return null;
                }

                if (FirstContainerFrom(parent.Next) is { } sibling)
                {
                    return sibling;
                }

                current = parent.Parent!;
            }
            else
            {
                if (FirstContainerFrom(current.Next) is { } sibling)
                {
                    return sibling;
                }

                current = parent;
            }
        }

        return null;
    }

    /// <summary>The first map or list held by <paramref name="slot"/> or a later sibling (a map's properties hold their values; a list's items are their own).</summary>
    private static JContainer? FirstContainerFrom(JToken? slot)
    {
        for (; slot is not null; slot = slot.Next)
        {
            if ((slot.Type == JTokenType.Property ? ((JProperty)slot).Value : slot) is JContainer container)
            {
                return container;
            }
        }

        return null;
    }
}
