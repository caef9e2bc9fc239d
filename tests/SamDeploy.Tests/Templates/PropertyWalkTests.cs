using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates;
using Xunit;

namespace SamDeploy.Tests.Templates;

public sealed class PropertyWalkTests
{
    [Fact]
    public void It_hands_out_a_maps_own_properties_in_document_order_and_nothing_else()
    {
        var document = JObject.Parse("""{"before": 1, "map": {"b": {"x": 1}, "a": [1, 2], "c": null}, "after": 2}""");
        var map = (JObject)document["map"]!;

        var walked = new List<JProperty>();
        foreach (var property in new PropertyWalk(map))
        {
            walked.Add(property);
        }

        walked.Should().Equal(map.Properties(), (a, b) => ReferenceEquals(a, b));
        PropertyWalk.Names(map).Should().Equal("b", "a", "c");
        new PropertyWalk(new JObject()).GetEnumerator().MoveNext().Should().BeFalse();
        PropertyWalk.Names(new JObject()).Should().BeEmpty();
    }

    [Fact]
    public void The_current_property_may_be_removed_while_walking()
    {
        var map = JObject.Parse("""{"a": 1, "b": 2, "c": 3, "d": 4}""");

        var seen = new List<string>();
        foreach (var property in new PropertyWalk(map))
        {
            seen.Add(property.Name);
            if (property.Name is "a" or "c")
            {
                property.Remove();
            }
        }

        seen.Should().Equal("a", "b", "c", "d");
        map.Properties().Select(p => p.Name).Should().Equal("b", "d");
    }
}
