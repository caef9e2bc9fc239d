using System.Globalization;
using CsCheck;
using FluentAssertions;
using SamDeploy.Resources.Api.Python27;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// <see cref="Py27KeyOrder"/> against a plain model of a CPython 2.7 dictionary (one flat table, nothing shared), over
/// random histories of inserts, deletes and copies that also branch from earlier versions. Every version must keep
/// its own order to the end: versions share the pages of their table, so a change written into a shared page would
/// show up here as an older version whose keys moved.
/// </summary>
public sealed class Py27KeyOrderModelTests
{
    [Fact]
    public void Every_version_iterates_as_the_model_does_to_the_end()
    {
        var step = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 799], Gen.Int[0, 1_000_000]);
        Gen.Select(Gen.Int[0, 400], step.Array[1, 400]).Sample(
            (seedKeys, steps) =>
            {
                var versions = new List<(Py27KeyOrder Order, ModelDict Model)>();
                var keys = Enumerable.Range(0, seedKeys).Select(Key).ToList();
                versions.Add((Py27KeyOrder.FromInserts(keys), ModelDict.FromInserts(keys)));
                foreach (var (kind, key, pick) in steps)
                {
                    // Mostly the newest version, now and then an older one (a clone edited after its original).
                    var from = kind == 9 ? versions[pick % versions.Count] : versions[^1];
                    versions.Add(kind switch
                    {
                        < 5 => (from.Order.Add(Key(key)), from.Model.Add(Key(key))),
                        < 7 => (from.Order.Remove(Key(pick % 800)), from.Model.Remove(Key(pick % 800))),
                        8 => (from.Order.DeepCopy(1 + (pick % 3)), from.Model.Copy(1 + (pick % 3))),
                        7 => (from.Order.DeepCopy(pick % 150), from.Model.Copy(pick % 150)),
                        _ => (from.Order.DeepCopy(), from.Model.Copy(1)),
                    });
                }

                foreach (var (order, model) in versions)
                {
                    order.Keys.Should().Equal(model.Keys);
                    order.Count.Should().Be(model.Keys.Count);
                }
            },
            iter: 60);
    }

    [Fact]
    public void A_version_is_unchanged_by_the_versions_made_from_it()
    {
        var original = Py27KeyOrder.FromInserts(Enumerable.Range(0, 500).Select(Key));
        var before = original.Keys.ToList();

        var grown = original;
        for (var i = 500; i < 520; i++)
        {
            grown = grown.Add(Key(i));
        }

        _ = original.Remove(Key(3)).Add(Key(3)).DeepCopy(2);

        original.Keys.Should().Equal(before);
        grown.Keys.Should().HaveCount(520);
    }

    private static string Key(int i) => "/items" + i.ToString(CultureInfo.InvariantCulture) + "/{id}";

    /// <summary>CPython 2.7's <c>dictobject.c</c> as plainly as possible: one table, copied whole on every change.</summary>
    private sealed class ModelDict
    {
        private static readonly object Deleted = new();
        private readonly object?[] _slots;
        private readonly int _used;
        private readonly int _fill;

        private ModelDict(object?[] slots, int used, int fill)
        {
            _slots = slots;
            _used = used;
            _fill = fill;
        }

        public List<string> Keys => [.. _slots.OfType<string>()];

        public static ModelDict FromInserts(IEnumerable<string> keys) =>
            keys.Aggregate(new ModelDict(new object?[8], 0, 0), (dict, key) => dict.Add(key));

        public ModelDict Add(string key)
        {
            var slots = (object?[])_slots.Clone();
            var (used, fill) = (_used, _fill);
            var i = Lookup(slots, key);
            if (slots[i] is string)
            {
                return this;
            }

            fill += slots[i] is null ? 1 : 0;
            used++;
            slots[i] = key;
            if (fill * 3 >= slots.Length * 2)
            {
                return Resized(slots, used * (used > 50000 ? 2 : 4));
            }

            return new ModelDict(slots, used, fill);
        }

        public ModelDict Remove(string key)
        {
            var slots = (object?[])_slots.Clone();
            var i = Lookup(slots, key);
            if (slots[i] is not string)
            {
                return this;
            }

            slots[i] = Deleted;
            return new ModelDict(slots, _used - 1, _fill);
        }

        public ModelDict Copy(int times)
        {
            var dict = this;
            for (var n = 0; n < times; n++)
            {
                dict = FromInserts(dict.Keys);
            }

            return dict;
        }

        private static ModelDict Resized(object?[] slots, long request)
        {
            var size = 8;
            while (size <= request)
            {
                size <<= 1;
            }

            var dict = new ModelDict(new object?[size], 0, 0);
            foreach (var key in slots.OfType<string>())
            {
                var i = Lookup(dict._slots, key);
                dict._slots[i] = key;
                dict = new ModelDict(dict._slots, dict._used + 1, dict._fill + 1);
            }

            return dict;
        }

        private static long Lookup(object?[] slots, string key)
        {
            var hash = Py27Hash.Of(key);
            var mask = (ulong)slots.Length - 1;
            var i = (long)(hash & mask);
            long free = -1;
            var perturb = hash;
            var walker = hash;
            while (true)
            {
                switch (slots[i])
                {
                    case null:
                        return free >= 0 ? free : i;
                    case string s when s == key:
                        return i;
                    case var other when ReferenceEquals(other, Deleted) && free < 0:
                        free = i;
                        break;
                }

                walker = unchecked((walker << 2) + walker + perturb + 1);
                perturb >>= 5;
                i = (long)(walker & mask);
            }
        }
    }
}
