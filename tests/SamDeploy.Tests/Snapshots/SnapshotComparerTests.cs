using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Snapshots;
using Xunit;

namespace SamDeploy.Tests.Snapshots;

public class SnapshotComparerTests
{
    [Fact]
    public void Key_order_and_white_space_do_not_matter()
    {
        var approved = JObject.Parse("{\"a\": 1, \"b\": {\"x\": [1, 2], \"y\": \"s\"}}");
        var actual = JObject.Parse("{\"b\":{\"y\":\"s\",\"x\":[1,2]},\"a\":1}");

        var comparison = SnapshotComparer.Compare(approved, actual);

        comparison.AreEqual.Should().BeTrue();
        comparison.Describe("approved.json").Should().Be("The output matches approved.json.");
    }

    [Fact]
    public void Numbers_compare_by_value_but_never_equal_strings()
    {
        SnapshotComparer.Compare(JObject.Parse("{\"a\": 10}"), JObject.Parse("{\"a\": 10.0}")).AreEqual.Should().BeTrue();

        var comparison = SnapshotComparer.Compare(JObject.Parse("{\"a\": 1}"), JObject.Parse("{\"a\": \"1\"}"));

        comparison.Differences.Should().ContainSingle().Which.Should().Be(
            new SnapshotDifference("a", SnapshotDifferenceKind.Changed, new JValue(1), new JValue("1")));
    }

    [Fact]
    public void Array_order_matters()
    {
        var comparison = SnapshotComparer.Compare(JObject.Parse("{\"l\": [1, 2]}"), JObject.Parse("{\"l\": [2, 1]}"));

        comparison.Differences.Select(d => d.ToString()).Should().Equal("~ l[0]: approved 1, now 2", "~ l[1]: approved 2, now 1");
    }

    [Fact]
    public void Every_difference_is_reported_by_path_in_a_readable_report()
    {
        var approved = JObject.Parse("""
            {"Resources": {
              "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"MemorySize": 128, "Layers": ["a", "b"]}},
              "FnAliaslive": {"Type": "AWS::Lambda::Alias"}}}
            """);
        var actual = JObject.Parse("""
            {"Resources": {
              "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"MemorySize": 256, "Layers": ["a"], "Role": {"Fn::GetAtt": ["R", "Arn"]}}},
              "R.x": {"Type": "AWS::IAM::Role"}}}
            """);

        var comparison = SnapshotComparer.Compare(approved, actual);

        comparison.AreEqual.Should().BeFalse();
        comparison.Describe("approved.json").Should().Be(
            "The output differs from approved.json in 5 places (key order and white space are ignored):\n" +
            "  ~ Resources.Fn.Properties.MemorySize: approved 128, now 256\n" +
            "  - Resources.Fn.Properties.Layers[1]: missing from the output (approved \"b\")\n" +
            "  + Resources.Fn.Properties.Role: not in the approved snapshot (now {\"Fn::GetAtt\":[\"R\",\"Arn\"]})\n" +
            "  - Resources.FnAliaslive: missing from the output (approved {\"Type\":\"AWS::Lambda::Alias\"})\n" +
            "  + Resources['R.x']: not in the approved snapshot (now {\"Type\":\"AWS::IAM::Role\"})");
    }

    [Fact]
    public void A_different_kind_of_node_is_one_change()
    {
        var comparison = SnapshotComparer.Compare(JObject.Parse("{\"a\": {\"b\": 1}}"), JObject.Parse("{\"a\": [1]}"));

        comparison.Differences.Should().ContainSingle().Which.ToString().Should().Be("~ a: approved {\"b\":1}, now [1]");
    }

    [Fact]
    public void A_root_difference_is_named_the_root()
    {
        SnapshotComparer.Compare(new JValue(1), new JValue(2)).Differences.Single().ToString().Should().Be("~ (root): approved 1, now 2");
    }

    [Fact]
    public void Long_values_are_shortened()
    {
        var comparison = SnapshotComparer.Compare(JObject.Parse("{\"a\": 1}"), new JObject { ["a"] = new string('x', 400) });

        comparison.Differences.Single().ToString().Should().EndWith("...").And.HaveLength("~ a: approved 1, now ".Length + 160 + 3);
    }
}
