using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Transform;

public class DocumentRulesTests
{
    [Fact]
    public void A_plain_cloudformation_template_passes_through_untouched()
    {
        const string Text = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties: {TopicName: t}\nOutputs:\n  T: {Value: !Ref Topic}\n";
        var input = SamDeploy.Templates.Reading.TemplateReader.Read(Text).Template!;

        var result = new SamTransformer().Transform(input);

        result.Success.Should().BeTrue();
        JToken.DeepEquals(result.Template, input).Should().BeTrue();
        result.Template.Should().NotBeSameAs(input);
    }

    [Fact]
    public void A_template_without_resources_gets_the_references_error() =>
        new SamTransformer().Transform("Resource:\n  F:\n    Type: AWS::Serverless::Function\n").ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Structure of the SAM template is invalid. 'Resources' section is required");

    [Fact]
    public void The_transform_is_removed_from_the_output()
    {
        var result = new SamTransformer().Transform("Transform: AWS::Serverless-2016-10-31\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n");

        result.Template!.ContainsKey("Transform").Should().BeFalse();
    }

    [Fact]
    public void A_yaml_key_that_is_a_number_is_not_a_valid_logical_id()
    {
        var result = new SamTransformer().Transform("Resources:\n  0:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: h, Runtime: python3.12, CodeUri: s3://b/k}\n  '1':\n    Type: AWS::Serverless::Function\n    Properties: {Handler: h, Runtime: python3.12, CodeUri: s3://b/k}\n");

        result.ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [0] is invalid. Logical ids must be alphanumeric.");
        result.Diagnostics.Single().Span!.Line.Should().Be(2);
    }

    [Fact]
    public void Errors_of_several_resources_are_reported_together_in_logical_id_order()
    {
        var result = new SamTransformer().Transform("Resources:\n  Zed:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: h, Runtime: python3.12}\n  Alpha:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: h, Runtime: python3.12, CodeUri: s3://b/k, AutoPublishAlias: 'a b'}\n  Mid-Dle:\n    Type: AWS::Serverless::Function\n");

        result.Diagnostics.Select(d => d.SubjectId).Should().Equal("Alpha", "Mid-Dle", "Zed");
        result.ErrorMessage.Should().StartWith("Invalid Serverless Application Specification document. Number of errors found: 3.");
    }
}
