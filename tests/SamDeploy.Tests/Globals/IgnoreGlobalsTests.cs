using FluentAssertions;
using Newtonsoft.Json;
using Xunit;

namespace SamDeploy.Tests.Globals;

public class IgnoreGlobalsTests
{
    private const string Globals = """
        Globals:
          Function:
            Runtime: python3.11
            Handler: index.handler
            MemorySize: 128
        Resources:
          Fn:
            Type: AWS::Serverless::Function

        """;

    [Fact]
    public void A_star_ignores_every_global() =>
        PropertiesOf("    IgnoreGlobals: '*'\n    Properties:\n      CodeUri: s3://b/k\n")
            .Should().Be("{\"CodeUri\":\"s3://b/k\"}");

    [Fact]
    public void A_list_ignores_the_globals_it_names() =>
        PropertiesOf("    IgnoreGlobals: [Runtime, Handler]\n    Properties:\n      CodeUri: s3://b/k\n")
            .Should().Be("{\"MemorySize\":128,\"CodeUri\":\"s3://b/k\"}");

    [Theory]
    [InlineData("''")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("null")]
    public void An_empty_value_ignores_nothing(string value) =>
        PropertiesOf($"    IgnoreGlobals: {value}\n")
            .Should().Be("{\"Runtime\":\"python3.11\",\"Handler\":\"index.handler\",\"MemorySize\":128}");

    [Fact]
    public void An_item_that_is_not_a_global_is_an_error() =>
        ErrorOf("    IgnoreGlobals: [PropertyA]\n").Should().Be(
            "Resource with id [Fn] is invalid. Resource Fn has invalid resource attribute 'IgnoreGlobals' on item 'PropertyA'.");

    [Fact]
    public void An_item_named_twice_is_an_error_the_second_time() =>
        ErrorOf("    IgnoreGlobals: [Runtime, Runtime]\n").Should().Be(
            "Resource with id [Fn] is invalid. Resource Fn has invalid resource attribute 'IgnoreGlobals' on item 'Runtime'.");

    [Theory]
    [InlineData("[1]", "1")]
    [InlineData("[true]", "True")]
    [InlineData("[1.5]", "1.5")]
    public void A_non_text_item_is_printed_as_python_does(string value, string printed) =>
        ErrorOf($"    IgnoreGlobals: {value}\n").Should().Be(
            $"Resource with id [Fn] is invalid. Resource Fn has invalid resource attribute 'IgnoreGlobals' on item '{printed}'.");

    [Theory]
    [InlineData("Runtime")]
    [InlineData("'**'")]
    [InlineData("{A: 1}")]
    [InlineData("true")]
    [InlineData("3")]
    public void Any_other_value_is_an_error(string value) =>
        ErrorOf($"    IgnoreGlobals: {value}\n").Should().Be(
            "Resource with id [Fn] is invalid. Resource Fn has invalid resource attribute 'IgnoreGlobals'.");

    [Fact]
    public void The_attribute_is_not_checked_when_no_globals_apply_to_the_type()
    {
        var context = PluginHarness.Run("""
            Globals:
              Api:
                Name: x
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                IgnoreGlobals: nonsense
            """);
        context.Resources["Fn"]!["Properties"]!.ToString(Formatting.None).Should().Be("{}");
    }

    private static string PropertiesOf(string resourceTail) =>
        PluginHarness.Run(Globals + resourceTail).Resources["Fn"]!["Properties"]!.ToString(Formatting.None);

    private static string ErrorOf(string resourceTail) => PluginHarness.ErrorOf(Globals + resourceTail);
}
