using System.Globalization;
using FluentAssertions;
using SamDeploy.Resources.Api.Python27;
using Xunit;

namespace SamDeploy.Tests.Api;

public sealed class Py27KeyOrderTests
{
    public static TheoryData<int> Sizes() => [1, 5, 6, 21, 22, 100, 342, 343, 700];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_copy_re_inserts_the_keys_in_iteration_order(int size)
    {
        var order = Py27KeyOrder.FromInserts(Keys(size));

        // Python's copy of a dict inserts its keys, in iteration order, into a new dict.
        order.DeepCopy().Keys.Should().Equal(Py27KeyOrder.FromInserts(order.Keys).Keys);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Many_copies_at_once_equal_copying_one_at_a_time(int size)
    {
        var order = Py27KeyOrder.FromInserts(Keys(size)).Remove("/path3").Add("/extra");
        var oneByOne = order;
        for (var copies = 1; copies <= 6; copies++)
        {
            oneByOne = Py27KeyOrder.FromInserts(oneByOne.Keys);
            order.DeepCopy(copies).Keys.Should().Equal(oneByOne.Keys, "after {0} copies", copies);
        }
    }

    [Theory]
    [InlineData(new[] { "A", "B" }, new[] { "A", "B" }, new[] { "A", "B" })]
    [InlineData(new[] { "BDL7Dxt", "pSXp", "ftHF4vUCsMe" }, new[] { "ftHF4vUCsMe", "BDL7Dxt", "pSXp" }, new[] { "ftHF4vUCsMe", "pSXp", "BDL7Dxt" })]
    [InlineData(new[] { "Get", "Post", "Put", "Delete", "Patch" }, new[] { "Put", "Post", "Delete", "Patch", "Get" }, new[] { "Get", "Patch", "Put", "Post", "Delete" })]
    public void Merging_the_maps_own_keys_back_in_can_reorder_it(string[] inserted, string[] before, string[] after)
    {
        // The orders are the reference's Py27Dict: d.update(a Py27Dict of d's own keys) resizes d before it adds them
        // when its keys and the incoming ones together would fill it past two thirds.
        var order = Py27KeyOrder.FromInserts(inserted);
        order.Keys.Should().Equal(before);

        order.Merge(order.Keys).Keys.Should().Equal(after);
        order.Merge([]).Should().BeSameAs(order);
    }

    [Fact]
    public void A_copy_that_comes_out_the_same_is_the_same_instance()
    {
        var order = Py27KeyOrder.FromInserts(Keys(50));
        var copy = order.DeepCopy();
        var again = copy.DeepCopy();

        if (again.Keys.SequenceEqual(copy.Keys))
        {
            again.Should().BeSameAs(copy, "an unchanged copy allocates nothing new");
        }

        copy.DeepCopy(1000).Keys.Should().Equal(again.DeepCopy(999).Keys);
    }

    private static List<string> Keys(int count) =>
        [.. Enumerable.Range(0, count).Select(i => "/path" + i.ToString(CultureInfo.InvariantCulture))];
}
