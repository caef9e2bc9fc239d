using FluentAssertions;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// An Api event merged into an API whose DefinitionBody is not a map (found by the mutation property tests: an
/// internal error, where the reference fails without a message) reports the API's property, as the API itself does.
/// </summary>
public sealed class MergeDefinitionsBodyTests
{
    [Theory]
    [InlineData("3.5")]
    [InlineData("[1, 2]")]
    [InlineData("text")]
    public void A_definition_body_that_is_not_a_map_is_reported_on_the_api(string body)
    {
        var template = $$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              WebhooksApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: live
                  MergeDefinitions: true
                  DefinitionBody: {{body}}
              Receiver:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.h
                  InlineCode: x
                  Events:
                    All:
                      Type: Api
                      Properties: {RestApiId: !Ref WebhooksApi, Path: /proxy, Method: any}
            """;

        var result = new SamTransformer().Transform(template, "template.yaml");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.FullMessage.Should().Contain("Resource with id [WebhooksApi] is invalid. Property 'DefinitionBody' should be a map.");
        result.Diagnostics[0].Span!.Line.Should().Be(8);
    }
}
