using System.Collections;
using System.Runtime.CompilerServices;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// An immutable set of map keys (ordinal): the key-origin sets of <see cref="Py27DictInfo"/> change one key at a time,
/// where an <c>ImmutableHashSet</c> paid for tree nodes and hashing on every change. Two sorted arrays: the keys
/// added last (at most <see cref="RecentLimit"/>), copied on each change, and the rest, merged with them when the
/// recent ones overflow. So adding a key to a set of n costs O(n / RecentLimit) copies, not O(n): the paths map of
/// an API gains a key per event, and its set grew by a full copy each time. Adding a key present (or removing one
/// absent) returns the same instance.
/// </summary>
[CollectionBuilder(typeof(Py27KeySet), nameof(Create))]
internal sealed class Py27KeySet : IEnumerable<string>
{
    /// <summary>How many keys the recent array holds before it is merged into the rest.</summary>
    internal const int RecentLimit = 16;

    private readonly string[] _rest;
    private readonly string[] _recent;

    private Py27KeySet(string[] rest, string[] recent)
    {
        _rest = rest;
        _recent = recent;
    }

    /// <summary>The empty set.</summary>
    public static Py27KeySet Empty { get; } = new([], []);

    /// <summary>How many keys the set holds.</summary>
    public int Count => _rest.Length + _recent.Length;

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

        return new(distinct == sorted.Length ? sorted : sorted[..distinct], []);
    }

    /// <summary>Whether <paramref name="key"/> is in the set.</summary>
    public bool Contains(string key) => IndexIn(_recent, key) >= 0 || IndexIn(_rest, key) >= 0;

    /// <summary>The set with <paramref name="key"/>.</summary>
    public Py27KeySet Add(string key)
    {
        var index = IndexIn(_recent, key);
        if (index >= 0 || IndexIn(_rest, key) >= 0)
        {
            return this;
        }

        var recent = Inserted(_recent, ~index, key);
        return recent.Length > RecentLimit ? new(Merged(_rest, recent), []) : new(_rest, recent);
    }

    /// <summary>The set without <paramref name="key"/>.</summary>
    public Py27KeySet Remove(string key)
    {
        var index = IndexIn(_recent, key);
        if (index >= 0)
        {
            return Count == 1 ? Empty : new(_rest, Removed(_recent, index));
        }

        index = IndexIn(_rest, key);
        if (index < 0)
        {
            return this;
        }

        return Count == 1 ? Empty : new(Removed(_rest, index), _recent);
    }

    /// <summary>The keys in ordinal order.</summary>
    /// <returns>The keys.</returns>
    public IEnumerator<string> GetEnumerator()
    {
        int i = 0, j = 0;
        while (i < _rest.Length || j < _recent.Length)
        {
            yield return j == _recent.Length || (i < _rest.Length && string.CompareOrdinal(_rest[i], _recent[j]) < 0) ? _rest[i++] : _recent[j++];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int IndexIn(string[] sorted, string key) => Array.BinarySearch(sorted, key, StringComparer.Ordinal);

    private static string[] Inserted(string[] sorted, int index, string key)
    {
        var grown = new string[sorted.Length + 1];
        Array.Copy(sorted, grown, index);
        grown[index] = key;
        Array.Copy(sorted, index, grown, index + 1, sorted.Length - index);
        return grown;
    }

    private static string[] Removed(string[] sorted, int index)
    {
        var shrunk = new string[sorted.Length - 1];
        Array.Copy(sorted, shrunk, index);
        Array.Copy(sorted, index + 1, shrunk, index, sorted.Length - index - 1);
        return shrunk;
    }

    /// <summary>Two disjoint sorted arrays as one.</summary>
    private static string[] Merged(string[] a, string[] b)
    {
        var merged = new string[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            merged[k++] = string.CompareOrdinal(a[i], b[j]) < 0 ? a[i++] : b[j++];
        }

        Array.Copy(a, i, merged, k, a.Length - i);
        Array.Copy(b, j, merged, k + a.Length - i, b.Length - j);
        return merged;
    }
}
