using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>What the property tests found, each kept as a plain regression test.</summary>
public sealed class PropertyFindingTests
{
    [Fact]
    public void Writing_yaml_replaces_a_lone_surrogate_instead_of_throwing()
    {
        // Built here, not in attributes: an attribute cannot carry half a surrogate pair intact.
        Check("\uD800", "\uFFFD");
        Check("a\uDFFF\uD800b", "a\uFFFD\uFFFDb");
        Check("ok \uD83D\uDE80 \uD83D", "ok \uD83D\uDE80 \uFFFD");
    }

    private static void Check(string text, string written)
    {
        // JSON may spell half a surrogate pair ("\ud800"); YamlDotNet's emitter threw on it, failing the CLI's YAML output.
        var template = JObject.Parse("""{"Transform": "AWS::Serverless-2016-10-31", "Resources": {"Fn": {"Type": "AWS::Serverless::Function", "Properties": {"CodeUri": "s3://b/k", "Handler": "h", "Runtime": "python3.12"}}}}""");
        template["Description"] = text;
        template["Metadata"] = new JObject { [text] = 1 };
        var result = new SamTransformer().Transform(template);

        var yaml = TemplateWriter.Write(result.Template!, TemplateFormat.Yaml);

        var back = TemplateReader.Read(yaml).Template!;
        back["Description"]!.Value<string>().Should().Be(written);
        back["Metadata"]![written]!.Value<int>().Should().Be(1);
    }

    [Fact]
    public void An_event_error_reported_without_a_node_is_placed_at_its_event()
    {
        // Found by the property tests: an event whose Properties were renamed away gave a diagnostic with no position.
        const string text = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/k
                  Handler: h
                  Runtime: python3.12
                  Events:
                    Stream:
                      Type: DynamoDB
            """;

        var result = new SamTransformer().Transform(text, "t.yaml");

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.ToString().Should().Be("t.yaml(11,11): error SAM0020: Resource with id [FnStream] is invalid. Missing required property 'StartingPosition'.");
    }

    [Fact]
    public void An_error_placed_in_a_copied_subtree_still_names_the_file()
    {
        // Found by the property tests: a destination error was placed at a node of a copy, whose root has no file.
        const string text = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/k
                  Handler: h
                  Runtime: python3.12
                  Events:
                    Stream:
                      Type: Kinesis
                      Properties:
                        Stream: arn:aws:kinesis:us-east-1:123456789012:stream/s
                        StartingPosition: LATEST
                        DestinationConfig:
                          OnFailure:
                            Type: INVALID_VALID
                            Destination: arn:aws:sns:us-east-1:123456789012:t
            """;

        var result = new SamTransformer().Transform(text, "t.yaml");

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Span.Should().NotBeNull();
        diagnostic.Span!.File.Should().Be("t.yaml");
        diagnostic.Span.Line.Should().BeInRange(10, 18);
    }

    [Theory]
    [InlineData("PassthroughCondition", "Resource with id [Fn] is invalid. Invalid value for property PassthroughCondition.")]
    [InlineData("Enabled", null)]
    public void A_deployment_preference_flag_past_longs_range_is_an_invalid_value_not_a_crash(string property, string? error)
    {
        // Found by the property tests: 10^40 in PassthroughCondition threw OverflowException from a (long) cast.
        // Enabled is read with Python's truthiness, where 10^40 is true.
        var text = $$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/k
                  Handler: h
                  Runtime: python3.12
                  AutoPublishAlias: live
                  DeploymentPreference:
                    Type: AllAtOnce
                    {{property}}: 10000000000000000000000000000000000000000
            """;

        var result = new SamTransformer().Transform(text, "t.yaml");

        if (error is null)
        {
            result.Success.Should().BeTrue();
            return;
        }

        result.Diagnostics.Should().ContainSingle().Which.FullMessage.Should().Be(error);
    }

    [Fact]
    public void Python_truthiness_of_an_unsigned_integer_past_longs_range()
    {
        Truthiness.IsTruthy(new JValue(ulong.MaxValue)).Should().BeTrue();
        Truthiness.IsFalsy(new JValue(0UL)).Should().BeTrue();
    }
}
