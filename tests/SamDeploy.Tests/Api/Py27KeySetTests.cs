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
}
