using FluentAssertions;
using SamDeploy.Resources.Api.Python27;
using Xunit;

namespace SamDeploy.Tests.Api;

public sealed class Py27KeySetTests
{
    [Fact]
    public void Create_keeps_each_key_once_in_ordinal_order()
    {
        Py27KeySet set = ["b", "a", "B", "a", "é"];

        set.Should().Equal("B", "a", "b", "é");
        set.Count.Should().Be(4);
        set.Contains("a").Should().BeTrue();
        set.Contains("A").Should().BeFalse("keys compare ordinally");
    }

    [Fact]
    public void Add_and_Remove_return_new_sets_and_leave_the_old_one_alone()
    {
        Py27KeySet set = ["m"];

        var grown = set.Add("a").Add("z");
        var shrunk = grown.Remove("m");

        grown.Should().Equal("a", "m", "z");
        shrunk.Should().Equal("a", "z");
        set.Should().Equal("m");
        set.Remove("m").Should().BeSameAs(Py27KeySet.Empty);
    }

    [Fact]
    public void Adding_a_present_key_or_removing_an_absent_one_changes_nothing()
    {
        Py27KeySet set = ["a", "b"];

        set.Add("a").Should().BeSameAs(set);
        set.Remove("c").Should().BeSameAs(set);
        Py27KeySet.Empty.Remove("a").Should().BeSameAs(Py27KeySet.Empty);
    }

    [Fact]
    public void Many_adds_and_removes_agree_with_a_sorted_set_and_never_change_an_older_set()
    {
        var random = new Random(20261201);
        for (var round = 0; round < 200; round++)
        {
            var set = Py27KeySet.Empty;
            var model = new SortedSet<string>(StringComparer.Ordinal);
            var history = new List<(Py27KeySet Set, string[] Keys)>();
            var range = random.Next(1, 4) * Py27KeySet.RecentLimit * 3;
            for (var step = 0; step < 150; step++)
            {
                var key = "k" + random.Next(range).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (random.Next(4) == 0)
                {
                    var removed = set.Remove(key);
                    (model.Remove(key) ? removed : set).Should().BeSameAs(removed);
                    set = removed;
                }
                else
                {
                    var added = set.Add(key);
                    (model.Add(key) ? added : set).Should().BeSameAs(added);
                    set = added;
                }

                set.Should().Equal(model);
                set.Count.Should().Be(model.Count);
                set.Contains(key).Should().Be(model.Contains(key));
                history.Add((set, model.ToArray()));
            }

            foreach (var (old, keys) in history)
            {
                old.Should().Equal(keys);
            }
        }
    }
}
