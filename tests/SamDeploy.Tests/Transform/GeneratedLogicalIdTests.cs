using FluentAssertions;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Transform;

/// <summary>
/// Logical ids the transform makes from template text must be alphanumeric too: the reference checks every resource
/// it makes and fails the resource being transformed with the generated id in the message. Messages pinned against
/// aws-sam-translator 1.110.0 run on the same templates.
/// </summary>
public class GeneratedLogicalIdTests
{
    private static string FunctionWithCodeSha(string sha, string events = "") => $$"""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/code.zip
              Handler: index.handler
              Runtime: python3.12
              AutoPublishAlias: live
              AutoPublishCodeSha256: {{sha}}
        {{events}}
        """;

    private static string ApiWithStage(string stageName) => $$"""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: i.h
              Runtime: python3.12
              Events:
                E:
                  Type: Api
                  Properties: {Path: /x, Method: get, RestApiId: !Ref Api}
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: {{stageName}}
        """;

    [Fact]
    public void A_code_sha_that_is_not_alphanumeric_fails_the_function_on_its_version_id()
    {
        var result = new SamTransformer().Transform(FunctionWithCodeSha("a-b"));

        result.ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [FnVersiona-b] is invalid. Logical ids must be alphanumeric.");
        result.Diagnostics.Single().Span!.Line.Should().Be(4, "the error goes on the function that made the version");
    }

    [Fact]
    public void The_version_id_error_stops_the_function_before_its_events_are_checked()
    {
        var events = """
                  Events:
                    A: {Type: Api, Properties: {Path: /x, Method: get}}
                    B: {Type: Api, Properties: {Path: /x, Method: get}}
            """;

        var result = new SamTransformer().Transform(FunctionWithCodeSha("a.b", events));

        result.ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [FnVersiona.b] is invalid. Logical ids must be alphanumeric.");
    }

    [Fact]
    public void An_alphanumeric_code_sha_still_names_the_version()
    {
        var resources = TestData.TransformedTemplate.Resources(FunctionWithCodeSha("abc123"));

        resources.Should().ContainKey("FnVersionabc123");
    }

    [Theory]
    [InlineData("Stäge")]
    [InlineData("½")]
    public void A_stage_name_python_calls_alphanumeric_but_not_ascii_fails_the_stage_and_the_permission(string stageName)
    {
        var result = new SamTransformer().Transform(ApiWithStage(stageName));

        result.ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 2. "
            + $"Resource with id [Api{stageName}Stage] is invalid. Logical ids must be alphanumeric. "
            + $"Resource with id [FnEPermission{stageName}] is invalid. Logical ids must be alphanumeric.");
    }

    [Fact]
    public void A_stage_name_that_is_not_alphanumeric_is_hashed_into_the_ids()
    {
        var resources = TestData.TransformedTemplate.Resources(ApiWithStage("v-1"));

        resources.Should().ContainKeys("ApiStage065afdce56", "FnEPermission065afdce56");
    }
}
