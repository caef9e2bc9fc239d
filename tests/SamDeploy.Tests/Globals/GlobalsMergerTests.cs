using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform.Plugins.Globals;
using Xunit;

namespace SamDeploy.Tests.Globals;

public class GlobalsMergerTests
{
    [Theory]
    [InlineData("\"python3.9\"", "\"python3.12\"", "\"python3.12\"")]
    [InlineData("128", "256", "256")]
    [InlineData("true", "false", "false")]
    [InlineData("\"x\"", "null", "null")]
    public void Scalars_take_the_resource_value(string global, string local, string expected) =>
        Merge(global, local).Should().Be(expected);

    [Fact]
    public void Maps_merge_recursively_with_the_resource_winning_conflicts() =>
        Merge(
            "{\"Variables\":{\"TableName\":\"foo\",\"DBName\":\"generic\"},\"Other\":1}",
            "{\"Variables\":{\"DBName\":\"mydb\",\"Conn\":\"bar\"}}")
        .Should().Be("{\"Variables\":{\"TableName\":\"foo\",\"DBName\":\"mydb\",\"Conn\":\"bar\"},\"Other\":1}");

    [Fact]
    public void Merged_maps_list_global_keys_first_then_keys_only_the_resource_has() =>
        Merge("{\"B\":1,\"A\":2}", "{\"C\":3,\"A\":4}").Should().Be("{\"B\":1,\"A\":4,\"C\":3}");

    [Fact]
    public void Lists_concatenate_global_first_keeping_duplicates() =>
        Merge("[\"P1\",\"P2\"]", "[\"P1\",\"P3\"]").Should().Be("[\"P1\",\"P2\",\"P1\",\"P3\"]");

    [Fact]
    public void Lists_inside_maps_concatenate() =>
        Merge("{\"Layers\":[\"a\"]}", "{\"Layers\":[\"b\"]}").Should().Be("{\"Layers\":[\"a\",\"b\"]}");

    [Theory]
    [InlineData("\"s3://bucket/key\"", "{\"Bucket\":\"foo\",\"Key\":\"bar\"}")]
    [InlineData("[\"a\"]", "{\"a\":1}")]
    [InlineData("{\"a\":1}", "[\"a\"]")]
    [InlineData("{\"a\":1}", "\"text\"")]
    public void Different_kinds_take_the_resource_value(string global, string local) =>
        Merge(global, local).Should().Be(local);

    [Theory]
    [InlineData("{\"Variables\":{\"A\":\"1\"}}", "{\"Fn::If\":[\"C\",{\"Variables\":{\"B\":\"2\"}},{\"Ref\":\"AWS::NoValue\"}]}")]
    [InlineData("{\"Fn::If\":[\"C\",{\"Variables\":{\"A\":\"1\"}},{\"Ref\":\"AWS::NoValue\"}]}", "{\"Variables\":{\"B\":\"2\"}}")]
    [InlineData("{\"Ref\":\"Global\"}", "{\"Ref\":\"Local\"}")]
    [InlineData("{\"A\":\"1\"}", "{\"Ref\":\"AWS::NoValue\"}")]
    [InlineData("{\"A\":\"1\"}", "{\"Condition\":\"IsProd\"}")]
    [InlineData("[\"a\"]", "{\"Fn::Split\":[\",\",\"b,c\"]}")]
    public void An_intrinsic_function_on_either_side_counts_as_a_scalar(string global, string local) =>
        Merge(global, local).Should().Be(local);

    [Fact]
    public void A_map_with_one_ordinary_key_is_not_an_intrinsic() =>
        Merge("{\"Variables\":{\"A\":\"1\"}}", "{\"Variables\":{\"B\":\"2\"}}")
            .Should().Be("{\"Variables\":{\"A\":\"1\",\"B\":\"2\"}}");

    [Fact]
    public void A_map_with_an_intrinsic_key_and_another_key_is_a_map() =>
        Merge("{\"Ref\":\"X\",\"A\":1}", "{\"Ref\":\"Y\",\"B\":2}").Should().Be("{\"Ref\":\"Y\",\"A\":1,\"B\":2}");

    [Fact]
    public void Inputs_are_left_unchanged()
    {
        var global = JObject.Parse("{\"A\":{\"B\":[1]},\"C\":2}");
        var local = JObject.Parse("{\"A\":{\"B\":[3],\"D\":4}}");
        var before = (global.ToString(Formatting.None), local.ToString(Formatting.None));

        var merged = (JObject)GlobalsMerger.Merge(global, local);
        ((JArray)merged["A"]!["B"]!).Add(99);

        (global.ToString(Formatting.None), local.ToString(Formatting.None)).Should().Be(before);
    }

    [Fact]
    public void MergeInto_gives_what_Merge_gives_moving_the_resource_s_own_properties_and_leaving_the_globals_alone()
    {
        const string Global = "{\"Runtime\":\"python3.12\",\"Environment\":{\"Variables\":{\"A\":\"1\"}},\"Tags\":{\"t\":\"g\"}}";
        const string Local = "{\"Handler\":\"h\",\"Environment\":{\"Variables\":{\"B\":\"2\"}},\"Runtime\":\"nodejs22.x\",\"Events\":{\"E\":{\"Type\":\"SQS\"}}}";
        var global = JObject.Parse(Global);
        var local = JObject.Parse(Local);
        var events = local["Events"];

        var merged = (JObject)GlobalsMerger.MergeInto(global, local);

        merged.ToString(Formatting.None).Should().Be(Merge(Global, Local));
        merged["Events"].Should().BeSameAs(events, "a property only the resource has moves instead of being copied");
        local.Count.Should().Be(0, "the resource's map gave its properties away");
        global.ToString(Formatting.None).Should().Be(JObject.Parse(Global).ToString(Formatting.None));
    }

    [Fact]
    public void MergeInto_a_resource_value_that_is_not_a_map_takes_it_as_it_is() =>
        GlobalsMerger.MergeInto(JObject.Parse("{\"A\":1}"), new JValue("text")).ToString(Formatting.None).Should().Be("\"text\"");

    private static string Merge(string global, string local) =>
        GlobalsMerger.Merge(JToken.Parse(global), JToken.Parse(local)).ToString(Formatting.None);
}
