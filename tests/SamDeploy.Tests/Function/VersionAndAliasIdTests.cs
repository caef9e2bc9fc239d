using System.Collections.Immutable;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Function;

/// <summary>
/// The logical ids of a function's Version and Alias are a compatibility contract: a different id makes CloudFormation
/// publish a new version or replace the alias. Expected hashes were computed with the reference's algorithm in Python.
/// </summary>
public class VersionAndAliasIdTests
{
    private static JObject Transform(string properties, params (string Name, string Value)[] parameters)
    {
        var options = new TransformOptions
        {
            Region = "us-east-1",
            ParameterValues = parameters.ToImmutableDictionary(p => p.Name, p => (JToken)new JValue(p.Value), StringComparer.Ordinal),
        };
        var text = "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n" +
            string.Join("\n", properties.Split('\n').Select(line => "      " + line));
        return TransformedTemplate.Resources(text, options);
    }

    private static string VersionId(JObject resources) =>
        resources.Properties().Single(p => (string?)p.Value["Type"] == "AWS::Lambda::Version").Name;

    [Fact]
    public void An_s3_uri_code_location_gives_the_references_version_id() =>
        VersionId(Transform("CodeUri: s3://sam-demo-bucket/hello.zip\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: live"))
            .Should().Be("FnVersion640128d35d");

    [Fact]
    public void A_non_ascii_code_location_hashes_its_escaped_json() =>
        VersionId(Transform("CodeUri: {Bucket: bücket-日本, Key: clé/código.zip}\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: live"))
            .Should().Be("FnVersionfa993a13c3");

    [Fact]
    public void Parameter_references_in_the_code_location_are_resolved_before_hashing()
    {
        var resources = Transform(
            "CodeUri: {Bucket: !Ref CodeBucket, Key: !Sub '${Prefix}/code.zip'}\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: live",
            ("CodeBucket", "resolved-bucket"));

        VersionId(resources).Should().Be("FnVersion627e405e23");
        resources["Fn"]!["Properties"]!["Code"]!["S3Bucket"]!.Value<string>().Should().Be("resolved-bucket");
    }

    [Fact]
    public void Intrinsics_that_cannot_be_resolved_are_hashed_as_written() =>
        VersionId(Transform(
            "CodeUri: {Bucket: !Ref CodeBucket, Key: !GetAtt Builder.Key}\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: live",
            ("CodeBucket", "resolved-bucket")))
            .Should().Be("FnVersion2a90197e23");

    [Fact]
    public void Environment_and_memory_size_are_part_of_the_hash() =>
        VersionId(Transform("CodeUri: {Bucket: b, Key: k}\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: live\nMemorySize: 256\nEnvironment: {Variables: {A: '1'}}"))
            .Should().Be("FnVersion2074b460d4");

    [Fact]
    public void Inline_code_is_hashed_as_its_zip_file() =>
        VersionId(Transform("InlineCode: 'exports.handler = async () => \"ok\";'\nHandler: h\nRuntime: nodejs20.x\nAutoPublishAlias: live"))
            .Should().Be("FnVersion537c98d851");

    [Fact]
    public void A_code_sha256_replaces_the_hash() =>
        VersionId(Transform("CodeUri: s3://b/k\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: live\nAutoPublishCodeSha256: abcdef0123456789"))
            .Should().Be("FnVersionabcdef0123");

    [Theory]
    [InlineData("live", "FnAliaslive")]
    [InlineData("my-alias_1", "FnAliasmyDaliasU1")]
    [InlineData("Prod2", "FnAliasProd2")]
    public void Alias_ids_spell_hyphens_and_underscores_out(string alias, string expected) =>
        Transform($"CodeUri: s3://b/k\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: {alias}")
            .Properties().Single(p => (string?)p.Value["Type"] == "AWS::Lambda::Alias").Name.Should().Be(expected);

    [Theory]
    [InlineData("'123'")]
    [InlineData("a*b")]
    public void Alias_names_outside_the_pattern_are_rejected(string alias)
    {
        var result = new SamTransformer().Transform($"Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/k\n      Handler: h\n      Runtime: python3.12\n      AutoPublishAlias: {alias}\n");

        result.ErrorMessage.Should().Contain("must contain only alphanumeric characters, hyphens, or underscores");
        result.Diagnostics.Single().Span!.Line.Should().Be(8);
    }

    [Fact]
    public void An_alias_name_from_a_parameter_is_resolved() =>
        Transform("CodeUri: s3://b/k\nHandler: h\nRuntime: python3.12\nAutoPublishAlias: !Ref AliasName", ("AliasName", "blue"))
            .ContainsKey("FnAliasblue").Should().BeTrue();
}
