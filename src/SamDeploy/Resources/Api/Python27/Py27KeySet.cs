using System.Collections;
using System.Runtime.CompilerServices;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// An immutable set of map keys (ordinal), as a sorted array: the key-origin sets of <see cref="Py27DictInfo"/> are
/// small and change one key at a time, where an <c>ImmutableHashSet</c> paid for tree nodes and hashing on every
/// change. Adding or removing a key present (or absent) already returns the same instance.
/// </summary>
[CollectionBuilder(typeof(Py27KeySet), nameof(Create))]
internal sealed class Py27KeySet : IEnumerable<string>
{
    private readonly string[] _sorted;

    private Py27KeySet(string[] sorted) => _sorted = sorted;

    /// <summary>The empty set.</summary>
    public static Py27KeySet Empty { get; } = new([]);

    /// <summary>How many keys the set holds.</summary>
    public int Count => _sorted.Length;

    /// <summary>A set of <paramref name="keys"/> (duplicates collapse).</summary>
    public static Py27KeySet Create(ReadOnlySpan<string> keys)
    {
        if (keys.IsEmpty)
        {
            return Empty;
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var distinct = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!string.Equals(sorted[i], sorted[distinct - 1], StringComparison.Ordinal))
            {
                sorted[distinct++] = sorted[i];
            }
        }

        return new(distinct == sorted.Length ? sorted : sorted[..distinct]);
    }

    /// <summary>Whether <paramref name="key"/> is in the set.</summary>
    public bool Contains(string key) => IndexOf(key) >= 0;

    /// <summary>The set with <paramref name="key"/>.</summary>
    public Py27KeySet Add(string key)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            return this;
        }

        index = ~index;
        var grown = new string[_sorted.Length + 1];
        Array.Copy(_sorted, grown, index);
        grown[index] = key;
        Array.Copy(_sorted, index, grown, index + 1, _sorted.Length - index);
        return new(grown);
    }

    /// <summary>The set without <paramref name="key"/>.</summary>
    public Py27KeySet Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return this;
        }

        if (_sorted.Length == 1)
        {
            return Empty;
        }

        var shrunk = new string[_sorted.Length - 1];
        Array.Copy(_sorted, shrunk, index);
        Array.Copy(_sorted, index + 1, shrunk, index, _sorted.Length - index - 1);
        return new(shrunk);
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_sorted).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => Array.BinarySearch(_sorted, key, StringComparer.Ordinal);
}
