using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>The maps of a value, itself first, in document order (a <see cref="TreeWalk"/> that stops at maps only).</summary>
internal struct Py27MapWalk
{
    private TreeWalk _walk;

    /// <summary>Starts a walk of the maps of <paramref name="root"/>.</summary>
    /// <param name="root">The value to walk.</param>
    public Py27MapWalk(JToken root)
    {
        _walk = new TreeWalk(root);
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
            if (_walk.Current.Type == JTokenType.Object)
            {
                Current = (JObject)_walk.Current;
                return true;
            }
        }

        return false;
    }
}
