namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// The iteration order of a Python 2.7 dictionary (CPython 2.7 <c>dictobject.c</c>: open addressing, perturbed
/// probing, resizing at two thirds full), which the reference emulates for the dictionaries of API definitions.
/// The order depends on the history of inserts and deletes, so each value records it. Immutable: every change
/// returns a new order.
/// </summary>
internal sealed class Py27KeyOrder
{
    private const int MinSize = 8;
    private const int PerturbShift = 5;
    private const int LargeDictThreshold = 50000;

    // Slot -> key; a null key marks a deleted slot (the reference's DUMMY).
    private readonly SortedDictionary<long, string?> _slots;

    private Py27KeyOrder(SortedDictionary<long, string?> slots, int size, int fill, long mask)
    {
        _slots = slots;
        Size = size;
        Fill = fill;
        Mask = mask;
    }

    /// <summary>An empty dictionary's order.</summary>
    public static Py27KeyOrder Empty { get; } = new(new SortedDictionary<long, string?>(), 0, 0, MinSize - 1);

    private int Size { get; set; }

    private int Fill { get; set; }

    private long Mask { get; set; }

    /// <summary>The live keys in Python 2.7 iteration order.</summary>
    public IReadOnlyList<string> Keys => [.. _slots.Values.Where(k => k is not null).Select(k => k!)];

    /// <summary>The order of a dictionary built by inserting <paramref name="keys"/> one by one.</summary>
    public static Py27KeyOrder FromInserts(IEnumerable<string> keys)
    {
        var order = Empty.Mutable();
        foreach (var key in keys)
        {
            order.AddInPlace(key);
        }

        return order;
    }

    /// <summary>The order after inserting <paramref name="key"/> (no change when it is present).</summary>
    public Py27KeyOrder Add(string key)
    {
        var copy = Mutable();
        copy.AddInPlace(key);
        return copy;
    }

    /// <summary>The order after deleting <paramref name="key"/>.</summary>
    public Py27KeyOrder Remove(string key)
    {
        var copy = Mutable();
        var i = copy.SlotOf(key);
        if (copy._slots.TryGetValue(i, out var existing) && existing is not null)
        {
            copy._slots[i] = null;
            copy.Size--;
        }

        return copy;
    }

    /// <summary>The order of a deep copy: Python's copy re-inserts the keys in iteration order into a new table.</summary>
    public Py27KeyOrder DeepCopy() => FromInserts(Keys);

    private Py27KeyOrder Mutable() => new(new SortedDictionary<long, string?>(_slots), Size, Fill, Mask);

    private void AddInPlace(string key)
    {
        var startSize = Size;
        var i = SlotOf(key);
        if (!_slots.TryGetValue(i, out var existing))
        {
            Size++;
            Fill++;
            _slots[i] = key;
        }
        else if (existing is null)
        {
            Size++;
            _slots[i] = key;
        }

        if (Size > startSize && Fill * 3 >= (Mask + 1) * 2)
        {
            Resize(Size * (Size > LargeDictThreshold ? 2 : 4));
        }
    }

    private void Resize(long request)
    {
        long newSize = MinSize;
        while (newSize <= request)
        {
            newSize <<= 1;
        }

        var old = _slots.Values.Where(k => k is not null).Select(k => k!).ToList();
        Mask = newSize - 1;
        _slots.Clear();
        Fill = 0;
        Size = 0;
        foreach (var key in old)
        {
            AddInPlace(key);
        }
    }

    private long SlotOf(string key)
    {
        var hash = Py27Hash.Of(key);
        var i = (long)(hash & (ulong)Mask);
        if (!_slots.TryGetValue(i, out var atI) || atI == key)
        {
            return i;
        }

        long? freeSlot = atI is null ? i : null;
        var walker = hash;
        var perturb = hash;
        while (_slots.TryGetValue(i, out var current) && current != key)
        {
            walker = unchecked((walker << 2) + walker + perturb + 1);
            i = (long)(walker & (ulong)Mask);
            if (!_slots.TryGetValue(i, out var next))
            {
                return freeSlot ?? i;
            }

            if (next == key)
            {
                return i;
            }

            if (freeSlot is null && next is null)
            {
                freeSlot = i;
            }

            perturb >>= PerturbShift;
        }

        return i;
    }
}
