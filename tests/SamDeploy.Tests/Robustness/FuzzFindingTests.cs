using FluentAssertions;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// Inputs the fuzzer (tests/SamDeploy.Fuzz) found crashing the library, kept as regressions: the raw inputs in
/// tests/SamDeploy.Fuzz/regressions, and the minimal form of each finding with the diagnostic it now gives.
/// </summary>
public sealed class FuzzFindingTests
{
    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Fuzz", "regressions")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Saved_fuzz_finding_ends_in_a_template_or_diagnostics(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Fuzz", "regressions", name));
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        foreach (var (partition, region) in RobustTransform.Partitions)
        {
            var result = new SamTransformer(RobustTransform.For(partition, region)).Transform(text, name);
            RobustTransform.Violation(result).Should().BeNull();
        }
    }

    [Theory]
    [InlineData("!!int Transform", "The value 'Transform' is tagged !!int but is not of that type.")]
    [InlineData("Key: !!int 12ab", "The value '12ab' is tagged !!int but is not of that type.")]
    [InlineData("Key: !!int ''", "The value '' is tagged !!int but is not of that type.")]
    [InlineData("Key: !!float 0x1F", "The value '0x1F' is tagged !!float but is not of that type.")]
    [InlineData("Key: !!float abc", "The value 'abc' is tagged !!float but is not of that type.")]
    public void A_standard_tag_on_text_of_another_type_is_a_syntax_error_not_a_crash(string text, string message)
    {
        var result = new SamTransformer().Transform(text, "t.yaml");

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("SAM0001");
        diagnostic.Message.Should().Be(message);
        diagnostic.Span.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Key: !!int 0x1F", 31L)]
    [InlineData("Key: !!int -1_000", -1000L)]
    [InlineData("Key: !!int \"128\\n\"", 128L)]
    [InlineData("Key: !!int \"0x1F\\n\"", 31L)]
    [InlineData("Key: !!int \"1:30\\n\"", 90L)]
    [InlineData("Key: !!float 010", 10.0)]
    [InlineData("Key: !!float 3", 3.0)]
    public void A_standard_tag_on_text_of_its_type_still_reads(string text, object? expected)
    {
        var read = SamDeploy.Templates.Reading.TemplateReader.Read(text);

        if (expected is null)
        {
            read.Success.Should().BeFalse("0o17 is YAML 1.2 octal, which the reference's YAML 1.1 loader does not know");
            return;
        }

        read.Template!["Key"]!.ToObject<object>().Should().Be(expected);
    }

    [Fact]
    public void Parameters_that_are_not_a_list_in_a_route_an_http_api_event_writes_to_are_a_positioned_error()
    {
        // Found by the fuzzer (tests/SamDeploy.Fuzz/regressions/openapi-parameters-not-a-list-*): an HttpApi event with a
        // path parameter cast the method's parameters to a list (the reference fails there with a Python error).
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /orders/{id}
                        Method: get
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  DefinitionBody:
                    openapi: '3.0'
                    info: {title: orders}
                    paths:
                      /orders/{id}:
                        get:
                          parameters: {in: query}
            """, "t.yaml");

        result.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
            "t.yaml(25,27): error SAM0010: Structure of the SAM template is invalid. The parameters of method 'get' for path '/orders/{id}' must be a list according to the OpenAPI spec.");
    }

    [Fact]
    public void A_control_character_is_a_positioned_syntax_error_before_the_yaml_parser_sees_it()
    {
        // Found by the fuzzer: NUL bytes inside a '%' directive line made YamlDotNet's scanner spin for minutes
        // (tests/SamDeploy.Fuzz/regressions/control-char-hang-*). The reference's loader rejects such characters first.
        var result = new SamTransformer().Transform("Transform: AWS::Serverless-2016-10-31\nResources:\n  A: b\u0000c\n%q\u0000\u0000\n", "t.yaml");

        result.Diagnostics.Should().ContainSingle().Which.ToString()
            .Should().Be("t.yaml(3,7): error SAM0001: The template is not valid YAML: unacceptable character #x0000: special characters are not allowed.");
    }

    [Theory]
    [InlineData("\u0001", "0001")]
    [InlineData("\u001B", "001B")]
    [InlineData("\u007F", "007F")]
    [InlineData("\uFFFE", "FFFE")]
    public void Every_character_yaml_forbids_is_rejected(string character, string code)
    {
        var read = SamDeploy.Templates.Reading.TemplateReader.Read("Key: a" + character + "\n");

        read.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("#x" + code);
    }

    [Fact]
    public void Tabs_line_breaks_a_bom_and_characters_beyond_the_basic_plane_are_allowed()
    {
        var read = SamDeploy.Templates.Reading.TemplateReader.Read("\uFEFFKey: \"a\tb \uD83D\uDE80 \u00E9\"\r\nOther: 1\n");

        read.Diagnostics.Should().BeEmpty();
    }
}
