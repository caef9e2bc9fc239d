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

    // The table is kept in pages of up to 16 slots (a smaller table is one page of its own size). An order made from
    // another (an insert, a delete, a copy) shares every page it leaves as it was, so a change to a large table, such
    // as a path added to an API definition, costs a page and not the whole table.
    private const int PageShift = 4;
    private const int PageMask = (1 << PageShift) - 1;

    /// <summary>How many deep copies <see cref="DeepCopy(int)"/> follows before it stops looking for a cycle.</summary>
    private const int CycleSearchLimit = 64;

    // A slot's key: null is an empty slot, Dummy a deleted one (the reference's DUMMY). Compared by reference, so no
    // key, whatever its text, is ever taken for it.
    private static readonly string Dummy = new(['\0', 'D', 'U', 'M', 'M', 'Y', '\0']);

    // Scratch tables a copy is built in, by power-of-two size, kept per thread (see DeepCopy).
    [ThreadStatic]
    private static Entry[][]?[]? t_scratch;

    // The pages; immutable once the instance is handed out.
    private Entry[][] _pages;

    // While the instance is being built: which pages are its own to write (the others are shared and copied before
    // a write). Null once it is handed out.
    private bool[]? _owned;

    private Py27KeyOrder(Entry[][] pages, int length, int size, int fill, bool[]? owned)
    {
        _pages = pages;
        Length = length;
        Size = size;
        Fill = fill;
        _owned = owned;
    }

    /// <summary>An empty dictionary's order.</summary>
    public static Py27KeyOrder Empty { get; } = new([new Entry[MinSize]], MinSize, 0, 0, null);

    /// <summary>How many live keys there are.</summary>
    public int Count => Size;

    /// <summary>The live keys in Python 2.7 iteration order.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            var keys = new string[Size];
            var next = 0;
            foreach (var page in _pages)
            {
                foreach (var entry in page)
                {
                    if (IsLive(entry.Key))
                    {
                        keys[next++] = entry.Key!;
                    }
                }
            }

            return keys;
        }
    }

    // The number of slots (a power of two).
    private int Length { get; set; }

    private int Size { get; set; }

    private int Fill { get; set; }

    /// <summary>Whether every live key is a key of <paramref name="map"/>.</summary>
    public bool AllKeysIn(Newtonsoft.Json.Linq.JObject map)
    {
        foreach (var page in _pages)
        {
            foreach (var entry in page)
            {
                if (IsLive(entry.Key) && !map.ContainsKey(entry.Key!))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The order of a dictionary built by inserting <paramref name="keys"/> one by one.</summary>
    public static Py27KeyOrder FromInserts(IEnumerable<string> keys)
    {
        var order = Empty.Mutable();
        foreach (var key in keys)
        {
            order.AddInPlace(key, Py27Hash.Of(key));
        }

        return order.Frozen();
    }

    /// <summary>The order after inserting <paramref name="key"/> (no change when it is present).</summary>
    public Py27KeyOrder Add(string key)
    {
        var hash = Py27Hash.Of(key);
        if (IsLive(At(SlotOf(key, hash)).Key))
        {
            return this;
        }

        var copy = Mutable();
        copy.AddInPlace(key, hash);
        return copy.Frozen();
    }

    /// <summary>The order after deleting <paramref name="key"/>.</summary>
    public Py27KeyOrder Remove(string key)
    {
        var i = SlotOf(key, Py27Hash.Of(key));
        if (!IsLive(At(i).Key))
        {
            return this;
        }

        var copy = Mutable();
        copy.Writable(i) = new Entry(Dummy, 0);
        copy.Size--;
        return copy.Frozen();
    }

    /// <summary>
    /// The order of a shallow copy (the reference's <c>Py27Dict.copy()</c>, CPython's <c>PyDict_Merge</c> into a new
    /// table): unlike a deep copy, the new table is first sized for twice the keys when they would fill it past two
    /// thirds, then the keys go in in iteration order.
    /// </summary>
    public Py27KeyOrder ShallowCopy()
    {
        if (Size == 0)
        {
            return Empty;
        }

        var copy = Empty.Mutable();
        if ((copy.Fill + (long)Size) * 3L >= copy.Length * 2L)
        {
            copy.Resize((copy.Size + (long)Size) * 2L);
        }

        foreach (var page in _pages)
        {
            foreach (var entry in page)
            {
                if (IsLive(entry.Key))
                {
                    copy.AddInPlace(entry.Key!, entry.Hash);
                }
            }
        }

        return copy.Frozen();
    }

    /// <summary>The order of a deep copy: Python's copy re-inserts the keys in iteration order into a new table.</summary>
    /// <remarks>
    /// Built in a borrowed scratch table: a copy often comes out the same as its original (repeated copies of one
    /// table soon repeat themselves), and then this instance is the answer and nothing is allocated. Otherwise the
    /// answer shares the pages that came out the same.
    /// </remarks>
    public Py27KeyOrder DeepCopy()
    {
        var copy = Scratch(MinSize);
        foreach (var page in _pages)
        {
            foreach (var entry in page)
            {
                if (IsLive(entry.Key))
                {
                    copy.AddInPlace(entry.Key!, entry.Hash);
                }
            }
        }

        var result = copy.SameOrder(this) ? this : copy.SharingPagesWith(this);
        GiveBack(copy._pages);
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

    private static bool IsLive(string? key) => key is not null && !ReferenceEquals(key, Dummy);

    private static bool SameKey(string? a, string? b) =>
        ReferenceEquals(a, b) || (IsLive(a) && IsLive(b) && string.Equals(a, b, StringComparison.Ordinal));

    private static bool SamePage(Entry[] a, Entry[] b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!SameKey(a[i].Key, b[i].Key))
            {
                return false;
            }
        }

        return true;
    }

    private static Entry[][] NewPages(int length)
    {
        var pages = new Entry[Math.Max(1, length >> PageShift)][];
        for (var p = 0; p < pages.Length; p++)
        {
            pages[p] = new Entry[Math.Min(length, 1 << PageShift)];
        }

        return pages;
    }

    private static bool[] AllOwned(int pages)
    {
        var owned = new bool[pages];
        Array.Fill(owned, true);
        return owned;
    }

    /// <summary>A cleared scratch table of <paramref name="length"/> slots (a power of two), from this thread's spares or new.</summary>
    private static Py27KeyOrder Scratch(int length)
    {
        var log = System.Numerics.BitOperations.Log2((uint)length);
        var spares = t_scratch ??= new Entry[][]?[64];
        var pages = spares[log];
        spares[log] = null;
        if (pages is null)
        {
            pages = NewPages(length);
        }
        else
        {
            foreach (var page in pages)
            {
                Array.Clear(page);
            }
        }

        return new(pages, length, 0, 0, AllOwned(pages.Length)) { IsScratch = true };
    }

    private static void GiveBack(Entry[][] pages)
    {
        var length = pages.Length == 1 ? pages[0].Length : pages.Length << PageShift;
        t_scratch![System.Numerics.BitOperations.Log2((uint)length)] = pages;
    }

    // Whether this instance lives in a borrowed scratch table (only while DeepCopy builds a copy in it).
    private bool IsScratch { get; init; }

    private bool SameOrder(Py27KeyOrder other)
    {
        if (Size != other.Size || Length != other.Length)
        {
            return false;
        }

        for (var p = 0; p < _pages.Length; p++)
        {
            if (!SamePage(_pages[p], other._pages[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A handed-out copy of this scratch table that takes each page that came out the same from <paramref name="original"/>.</summary>
    private Py27KeyOrder SharingPagesWith(Py27KeyOrder original)
    {
        var pages = new Entry[_pages.Length][];
        for (var p = 0; p < pages.Length; p++)
        {
            pages[p] = original.Length == Length && SamePage(_pages[p], original._pages[p])
                ? original._pages[p]
                : (Entry[])_pages[p].Clone();
        }

        return new(pages, Length, Size, Fill, null);
    }

    /// <summary>A new instance being built: it shares every page until it writes to it.</summary>
    private Py27KeyOrder Mutable() => new((Entry[][])_pages.Clone(), Length, Size, Fill, new bool[_pages.Length]);

    private Py27KeyOrder Frozen()
    {
        _owned = null;
        return this;
    }

    private ref Entry At(long slot) => ref _pages[slot >> PageShift][slot & PageMask];

    /// <summary>A slot to write: its page is first copied when it is still shared.</summary>
    private ref Entry Writable(long slot)
    {
        var owned = _owned ?? throw new InvalidOperationException("A handed-out key order is immutable.");
        var p = (int)(slot >> PageShift);
        if (!owned[p])
        {
            _pages[p] = (Entry[])_pages[p].Clone();
            owned[p] = true;
        }

        return ref _pages[p][slot & PageMask];
    }

    private void AddInPlace(string key, ulong hash)
    {
        var startSize = Size;
        var i = SlotOf(key, hash);
        var existing = At(i).Key;
        if (existing is null)
        {
            Size++;
            Fill++;
            Writable(i) = new Entry(key, hash);
        }
        else if (ReferenceEquals(existing, Dummy))
        {
            Size++;
            Writable(i) = new Entry(key, hash);
        }

        if (Size > startSize && Fill * 3L >= Length * 2L)
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
        var length = checked((int)newSize);
        var resized = IsScratch ? Scratch(length) : new Py27KeyOrder(NewPages(length), length, 0, 0, null);
        resized._owned ??= AllOwned(resized._pages.Length);
        foreach (var page in _pages)
        {
            foreach (var entry in page)
            {
                if (IsLive(entry.Key))
                {
                    resized.AddInPlace(entry.Key!, entry.Hash);
                }
            }
        }

        // Take over the new table; the old one was private to this instance or shared and left as it was.
        if (IsScratch)
        {
            GiveBack(_pages);
        }

        _pages = resized._pages;
        _owned = resized._owned;
        Length = resized.Length;
        Size = resized.Size;
        Fill = resized.Fill;
    }

    /// <summary>Where <paramref name="key"/> is or would go: its slot, else the first deleted slot on its probe path, else the empty slot that ends it.</summary>
    private long SlotOf(string key, ulong hash)
    {
        var mask = (ulong)(Length - 1);
        var i = (long)(hash & mask);
        var atI = At(i).Key;
        if (atI is null || IsKey(atI, key))
        {
            return i;
        }

        long freeSlot = ReferenceEquals(atI, Dummy) ? i : -1;
        var walker = hash;
        var perturb = hash;

        // Once perturb is spent (13 steps for 64 bits) the probes visit every slot, and a table always keeps an empty
        // one; a longer walk means a broken table, which must fail rather than spin.
        for (var probes = Length + 64; probes > 0; probes--)
        {
            walker = unchecked((walker << 2) + walker + perturb + 1);
            i = (long)(walker & mask);
            var next = At(i).Key;
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

        throw new InvalidOperationException("A Python 2.7 key table has no empty slot left.");
    }

    private static bool IsKey(string slot, string key) => !ReferenceEquals(slot, Dummy) && string.Equals(slot, key, StringComparison.Ordinal);

    /// <summary>A slot: its key (null when empty, <see cref="Dummy"/> when deleted) and the key's hash, as CPython keeps it.</summary>
    private readonly record struct Entry(string? Key, ulong Hash);
}
