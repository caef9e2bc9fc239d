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

    /// <summary>How many deep copies <see cref="DeepCopy(int)"/> follows before it stops looking for a cycle.</summary>
    private const int CycleSearchLimit = 64;

    // Slot -> key, as the table itself: null is an empty slot, Dummy a deleted one (the reference's DUMMY).
    // Compared by reference, so no key, whatever its text, is ever taken for it.
    private static readonly string Dummy = new(['\0', 'D', 'U', 'M', 'M', 'Y', '\0']);

    // Replaced only while a new, not yet shared instance is being built (a resize); immutable once handed out.
    private string?[] _slots;

    // The hash of the key in each slot (as CPython keeps it in the entry), so resizes and copies need not hash again.
    private ulong[] _hashes;

    // Tables a copy is built in, by power-of-two size, kept per thread (see DeepCopy).
    [ThreadStatic]
    private static string?[]?[]? t_freeSlots;

    [ThreadStatic]
    private static ulong[]?[]? t_freeHashes;

    // Whether this instance's tables are borrowed scratch tables (only while DeepCopy builds a copy in them).
    private bool _scratch;

    private Py27KeyOrder(string?[] slots, ulong[] hashes, int size, int fill)
    {
        _slots = slots;
        _hashes = hashes;
        Size = size;
        Fill = fill;
    }

    /// <summary>An empty dictionary's order.</summary>
    public static Py27KeyOrder Empty { get; } = new(new string?[MinSize], new ulong[MinSize], 0, 0);

    private int Size { get; set; }

    private int Fill { get; set; }

    private long Mask => _slots.Length - 1;

    /// <summary>How many live keys there are.</summary>
    public int Count => Size;

    /// <summary>Whether every live key is a key of <paramref name="map"/>.</summary>
    public bool AllKeysIn(Newtonsoft.Json.Linq.JObject map)
    {
        foreach (var slot in _slots)
        {
            if (slot is not null && !ReferenceEquals(slot, Dummy) && !map.ContainsKey(slot))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The live keys in Python 2.7 iteration order.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            var keys = new string[Size];
            var next = 0;
            foreach (var slot in _slots)
            {
                if (slot is not null && !ReferenceEquals(slot, Dummy))
                {
                    keys[next++] = slot;
                }
            }

            return keys;
        }
    }

    /// <summary>The order of a dictionary built by inserting <paramref name="keys"/> one by one.</summary>
    public static Py27KeyOrder FromInserts(IEnumerable<string> keys)
    {
        var order = Empty.Mutable();
        foreach (var key in keys)
        {
            order.AddInPlace(key, Py27Hash.Of(key));
        }

        return order;
    }

    /// <summary>The order after inserting <paramref name="key"/> (no change when it is present).</summary>
    public Py27KeyOrder Add(string key)
    {
        var copy = Mutable();
        copy.AddInPlace(key, Py27Hash.Of(key));
        return copy;
    }

    /// <summary>The order after deleting <paramref name="key"/>.</summary>
    public Py27KeyOrder Remove(string key)
    {
        var copy = Mutable();
        var i = copy.SlotOf(key, Py27Hash.Of(key));
        var existing = copy._slots[i];
        if (existing is not null && !ReferenceEquals(existing, Dummy))
        {
            copy._slots[i] = Dummy;
            copy.Size--;
        }

        return copy;
    }

    /// <summary>The order of a deep copy: Python's copy re-inserts the keys in iteration order into a new table.</summary>
    /// <remarks>
    /// Built in borrowed scratch tables: a copy often comes out the same as its original (repeated copies of one
    /// table soon repeat themselves), and then this instance is the answer and nothing is allocated.
    /// </remarks>
    public Py27KeyOrder DeepCopy()
    {
        var (slots, hashes) = Borrow(MinSize);
        var copy = new Py27KeyOrder(slots, hashes, 0, 0) { _scratch = true };
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] is { } key && !ReferenceEquals(key, Dummy))
            {
                copy.AddInPlace(key, _hashes[i]);
            }
        }

        var result = copy.SameOrder(this)
            ? this
            : copy.Copied();
        GiveBack(copy._slots, copy._hashes);
        return result;
    }

    /// <summary>
    /// The order after <paramref name="times"/> deep copies in a row. Repeated copies of one table soon repeat
    /// themselves (a fixed point or a short cycle), so this stops once it sees a cycle and takes the answer from it.
    /// </summary>
    public Py27KeyOrder DeepCopy(int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        var current = this;
        var history = new List<Py27KeyOrder>();
        for (var done = 0; done < times; done++)
        {
            var next = current.DeepCopy();
            if (ReferenceEquals(next, current))
            {
                // A fixed point: every further copy is the same.
                return current;
            }

            current = next;
            if (history.Count < CycleSearchLimit)
            {
                // history[j] is the order after j + 1 copies; an equal key order gives equal orders from then on.
                for (var j = history.Count - 1; j >= 0; j--)
                {
                    if (history[j].SameOrder(current))
                    {
                        var cycle = history.Count - j;
                        var remaining = times - (done + 1);
                        return history[j + (remaining % cycle)];
                    }
                }

                history.Add(current);
            }
        }

        return current;
    }

    private bool SameOrder(Py27KeyOrder other)
    {
        if (Size != other.Size || _slots.Length != other._slots.Length)
        {
            return false;
        }

        for (var i = 0; i < _slots.Length; i++)
        {
            if (!string.Equals(_slots[i], other._slots[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private Py27KeyOrder Mutable() => Copied();

    /// <summary>
    /// A new instance with copies of the tables: new arrays filled by span copies, which allocate on the runtime's
    /// fast path (Array.Clone goes through a much slower native helper; it showed up as a third of a large transform).
    /// </summary>
    private Py27KeyOrder Copied()
    {
        var slots = new string?[_slots.Length];
        _slots.AsSpan().CopyTo(slots);
        var hashes = new ulong[_hashes.Length];
        _hashes.AsSpan().CopyTo(hashes);
        return new(slots, hashes, Size, Fill);
    }

    private void AddInPlace(string key, ulong hash)
    {
        var startSize = Size;
        var i = SlotOf(key, hash);
        var existing = _slots[i];
        if (existing is null)
        {
            Size++;
            Fill++;
            _slots[i] = key;
            _hashes[i] = hash;
        }
        else if (ReferenceEquals(existing, Dummy))
        {
            Size++;
            _slots[i] = key;
            _hashes[i] = hash;
        }

        if (Size > startSize && Fill * 3L >= (Mask + 1) * 2)
        {
            Resize(Size * (Size > LargeDictThreshold ? 2L : 4L));
        }
    }

    private void Resize(long request)
    {
        long newSize = MinSize;
        while (newSize <= request)
        {
            newSize <<= 1;
        }

        // The live keys go in again in slot order, as CPython's dictresize does.
        var (slots, hashes) = _scratch ? Borrow(newSize) : (new string?[newSize], new ulong[newSize]);
        var resized = new Py27KeyOrder(slots, hashes, 0, 0);
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] is { } key && !ReferenceEquals(key, Dummy))
            {
                resized.AddInPlace(key, _hashes[i]);
            }
        }

        // Take over the new table; the old one was private to this instance, which is not handed out yet.
        if (_scratch)
        {
            GiveBack(_slots, _hashes);
        }

        _slots = resized._slots;
        _hashes = resized._hashes;
        Size = resized.Size;
        Fill = resized.Fill;
    }

    /// <summary>A cleared scratch table of <paramref name="size"/> slots (a power of two), from this thread's spares or new.</summary>
    private static (string?[] Slots, ulong[] Hashes) Borrow(long size)
    {
        var log = System.Numerics.BitOperations.Log2((ulong)size);
        var freeSlots = t_freeSlots ??= new string?[64][];
        var freeHashes = t_freeHashes ??= new ulong[64][];
        var slots = freeSlots[log];
        var hashes = freeHashes[log];
        freeSlots[log] = null;
        freeHashes[log] = null;
        if (slots is null || hashes is null)
        {
            return (new string?[size], new ulong[size]);
        }

        Array.Clear(slots);
        return (slots, hashes);
    }

    private static void GiveBack(string?[] slots, ulong[] hashes)
    {
        var log = System.Numerics.BitOperations.Log2((ulong)slots.Length);
        t_freeSlots![log] = slots;
        t_freeHashes![log] = hashes;
    }

    /// <summary>Where <paramref name="key"/> is or would go: its slot, else the first deleted slot on its probe path, else the empty slot that ends it.</summary>
    private long SlotOf(string key, ulong hash)
    {
        var mask = (ulong)Mask;
        var i = (long)(hash & mask);
        var atI = _slots[i];
        if (atI is null || IsKey(atI, key))
        {
            return i;
        }

        long freeSlot = ReferenceEquals(atI, Dummy) ? i : -1;
        var walker = hash;
        var perturb = hash;
        while (true)
        {
            walker = unchecked((walker << 2) + walker + perturb + 1);
            i = (long)(walker & mask);
            var next = _slots[i];
            if (next is null)
            {
                return freeSlot >= 0 ? freeSlot : i;
            }

            if (IsKey(next, key))
            {
                return i;
            }

            if (freeSlot < 0 && ReferenceEquals(next, Dummy))
            {
                freeSlot = i;
            }

            perturb >>= PerturbShift;
        }
    }

    private static bool IsKey(string slot, string key) => !ReferenceEquals(slot, Dummy) && string.Equals(slot, key, StringComparison.Ordinal);
}
