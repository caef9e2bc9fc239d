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

    // The flat tables copies are built in, kept per thread (see DeepCopy).
    [ThreadStatic]
    private static FlatScratch? t_flat;

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

    /// <summary>
    /// The order after merging <paramref name="keys"/> in (the reference's <c>Py27Dict.update</c> with a map, CPython's
    /// <c>PyDict_Merge</c>): the table is first resized for its keys and the incoming ones together when they would
    /// fill it past two thirds, even if every incoming key is already there, which can reorder it; then each key goes
    /// in as <see cref="Add(string)"/> puts it.
    /// </summary>
    /// <param name="keys">The keys of the map merged in, in its iteration order.</param>
    /// <returns>The new order.</returns>
    public Py27KeyOrder Merge(IReadOnlyList<string> keys)
    {
        var resizes = (Fill + (long)keys.Count) * 3L >= Length * 2L;
        if (keys.Count == 0 || (!resizes && AllPresent(keys)))
        {
            // Nothing to resize and nothing new: the order stays as it is.
            return this;
        }

        var merged = Mutable();
        if (resizes)
        {
            merged.Resize((merged.Size + (long)keys.Count) * 2L);
        }

        foreach (var key in keys)
        {
            merged.AddInPlace(key, Py27Hash.Of(key));
        }

        return merged.Frozen();
    }

    private bool AllPresent(IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (!IsLive(At(SlotOf(key, Py27Hash.Of(key))).Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The order of a deep copy: Python's copy re-inserts the keys in iteration order into a new table.</summary>
    /// <remarks>
    /// Built in this thread's flat scratch tables (see <see cref="FlatTable"/>): a copy often comes out the same as its
    /// original (repeated copies of one table soon repeat themselves), and then this instance is the answer and
    /// nothing is allocated. Otherwise the answer shares the pages that came out the same.
    /// </remarks>
    public Py27KeyOrder DeepCopy() => DeepCopy(1);

    /// <summary>
    /// The order after <paramref name="times"/> deep copies in a row. Repeated copies of one table soon repeat
    /// themselves (a fixed point or a short cycle), so this stops once it sees a cycle and takes the answer from it.
    /// </summary>
    public Py27KeyOrder DeepCopy(int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        if (times == 0)
        {
            return this;
        }

        var scratch = t_flat ??= new FlatScratch();
        scratch.CopyOf(this);
        if (scratch.Current.SameAs(this))
        {
            return this;
        }

        // history[j] is the order after j + 1 copies; an equal key order gives equal orders from then on.
        List<FlatTable>? history = null;
        for (var done = 1; done < times; done++)
        {
            scratch.CopyOfCurrent();
            if (scratch.Next.SameAs(scratch.Current))
            {
                // A fixed point: every further copy is the same.
                break;
            }

            // Looking for a cycle pays only with copies still to go (a snapshot per copy is not free).
            if (done < times - 1 && done <= CycleSearchLimit)
            {
                history ??= [scratch.Current.Snapshot()];
                for (var j = history.Count - 1; j >= 0; j--)
                {
                    if (history[j].SameAs(scratch.Next))
                    {
                        var cycle = history.Count - j;
                        var remaining = times - (done + 1);
                        return history[j + (remaining % cycle)].ToOrder(this);
                    }
                }

                history.Add(scratch.Next.Snapshot());
            }

            scratch.Advance();
        }

        return scratch.Current.ToOrder(this);
    }

    private static bool IsLive(string? key) => key is not null && !ReferenceEquals(key, Dummy);

    private static bool SameKey(string? a, string? b) =>
        ReferenceEquals(a, b) || (IsLive(a) && IsLive(b) && string.Equals(a, b, StringComparison.Ordinal));

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
        // The live keys go in again in slot order, as CPython's dictresize does.
        var length = LengthFor(request);
        var pages = NewPages(length);
        var resized = new Py27KeyOrder(pages, length, 0, 0, AllOwned(pages.Length));
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

    /// <summary>The smallest table length (a power of two, at least <see cref="MinSize"/>) above <paramref name="request"/>, as CPython's <c>dictresize</c> picks it.</summary>
    private static int LengthFor(long request)
    {
        long length = MinSize;
        while (length <= request)
        {
            length <<= 1;
        }

        return checked((int)length);
    }

    /// <summary>
    /// A table a copy is built in: one flat array of slots instead of pages. A new table built from distinct keys has
    /// no deleted slots and no key twice, so an insert only looks for the first empty slot on the key's probe path and
    /// never compares key texts.
    /// </summary>
    private sealed class FlatTable
    {
        private string?[] _keys = new string?[MinSize];
        private ulong[] _hashes = new ulong[MinSize];

        public int Length { get; private set; }

        public int Size { get; private set; }

        /// <summary>Empties the table and gives it <paramref name="length"/> slots.</summary>
        public void Reset(int length)
        {
            if (_keys.Length < length)
            {
                _keys = new string?[length];
                _hashes = new ulong[length];
            }
            else
            {
                Array.Clear(_keys, 0, length);
            }

            Length = length;
            Size = 0;
        }

        /// <summary>Inserts a key the table lacks; true when the table is now full enough to resize (two thirds).</summary>
        public bool Insert(string key, ulong hash)
        {
            var keys = _keys;
            var mask = (ulong)(Length - 1);
            var i = hash & mask;
            if (keys[i] is not null)
            {
                var walker = hash;
                var perturb = hash;
                do
                {
                    walker = unchecked((walker << 2) + walker + perturb + 1);
                    i = walker & mask;
                    perturb >>= PerturbShift;
                }
                while (keys[i] is not null);
            }

            keys[i] = key;
            _hashes[i] = hash;
            Size++;
            return Size * 3L >= Length * 2L;
        }

        /// <summary>Re-inserts this table's keys in slot order into <paramref name="into"/> (emptied first, with <paramref name="length"/> slots).</summary>
        public void CopyInto(FlatTable into, int length)
        {
            into.Reset(length);
            for (var i = 0; i < Length; i++)
            {
                if (_keys[i] is { } key)
                {
                    into.Insert(key, _hashes[i]);
                }
            }
        }

        /// <summary>Adds this table's keys in slot order to the copy being built in <paramref name="table"/>.</summary>
        public void CopyLiveInto(ref FlatTable table, ref FlatTable spare)
        {
            for (var i = 0; i < Length; i++)
            {
                if (_keys[i] is { } key)
                {
                    Add(ref table, ref spare, key, _hashes[i]);
                }
            }
        }

        /// <summary>Inserts <paramref name="key"/> into a table being built as a copy, resizing (through <paramref name="spare"/>) as CPython does.</summary>
        public static void Add(ref FlatTable table, ref FlatTable spare, string key, ulong hash)
        {
            if (table.Insert(key, hash))
            {
                var used = table.Size;
                table.CopyInto(spare, LengthFor(used * (used > LargeDictThreshold ? 2L : 4L)));
                (table, spare) = (spare, table);
            }
        }

        /// <summary>Whether this table has the same key in every slot as <paramref name="order"/> (and so iterates and grows alike).</summary>
        public bool SameAs(Py27KeyOrder order)
        {
            if (Length != order.Length || Size != order.Size)
            {
                return false;
            }

            var slot = 0;
            foreach (var page in order._pages)
            {
                foreach (var entry in page)
                {
                    if (!SameKey(_keys[slot++], entry.Key))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Whether this table has the same key in every slot as <paramref name="other"/>.</summary>
        public bool SameAs(FlatTable other)
        {
            if (Length != other.Length || Size != other.Size)
            {
                return false;
            }

            for (var i = 0; i < Length; i++)
            {
                if (!SameKey(_keys[i], other._keys[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A copy of this table that the scratch space will not overwrite.</summary>
        public FlatTable Snapshot()
        {
            var copy = new FlatTable { _keys = _keys[..Length], _hashes = _hashes[..Length], Length = Length, Size = Size };
            return copy;
        }

        /// <summary>
        /// This table as a handed-out order, taking each page that is the same in <paramref name="original"/> from it
        /// instead of a new one.
        /// </summary>
        public Py27KeyOrder ToOrder(Py27KeyOrder original)
        {
            var pageLength = Math.Min(Length, 1 << PageShift);
            var pages = new Entry[Math.Max(1, Length >> PageShift)][];
            for (var p = 0; p < pages.Length; p++)
            {
                var start = p * pageLength;
                if (original.Length == Length && SameSlots(original._pages[p], start))
                {
                    pages[p] = original._pages[p];
                    continue;
                }

                var page = new Entry[pageLength];
                for (var i = 0; i < pageLength; i++)
                {
                    page[i] = new Entry(_keys[start + i], _hashes[start + i]);
                }

                pages[p] = page;
            }

            // A copy has no deleted slots: its fill is its size.
            return new(pages, Length, Size, Size, null);
        }

        private bool SameSlots(Entry[] page, int start)
        {
            for (var i = 0; i < page.Length; i++)
            {
                if (!SameKey(_keys[start + i], page[i].Key))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A thread's scratch space for copies: the table built last, the one being built, and a spare for resizes.</summary>
    private sealed class FlatScratch
    {
        private FlatTable _spare = new();

        public FlatTable Current { get; private set; } = new();

        public FlatTable Next { get; private set; } = new();

        /// <summary>Builds a copy of <paramref name="order"/> into <see cref="Current"/>.</summary>
        public void CopyOf(Py27KeyOrder order)
        {
            var table = Current;
            table.Reset(MinSize);
            foreach (var page in order._pages)
            {
                foreach (var entry in page)
                {
                    if (IsLive(entry.Key))
                    {
                        FlatTable.Add(ref table, ref _spare, entry.Key!, entry.Hash);
                    }
                }
            }

            Current = table;
        }

        /// <summary>Builds a copy of <see cref="Current"/> into <see cref="Next"/>.</summary>
        public void CopyOfCurrent()
        {
            var table = Next;
            table.Reset(MinSize);
            Current.CopyLiveInto(ref table, ref _spare);
            Next = table;
        }

        /// <summary>Makes <see cref="Next"/> the current table.</summary>
        public void Advance() => (Current, Next) = (Next, Current);
    }

    /// <summary>A slot: its key (null when empty, <see cref="Dummy"/> when deleted) and the key's hash, as CPython keeps it.</summary>
    private readonly record struct Entry(string? Key, ulong Hash);
}
