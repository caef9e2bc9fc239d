using FluentAssertions;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Events;

/// <summary>
/// The order a function's Events are walked in, pinned against aws-sam-translator 1.110.0: a template with a REST API
/// has its Events converted to a Python 2.7 map, where E9 comes before E1; any other template keeps document order.
/// </summary>
public class EventWalkOrderTests
{
    private const string ErrorPrefix = "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [F0] is invalid. ";

    [Theory]
    [InlineData(true, "E9")]
    [InlineData(false, "E1")]
    public void The_first_failing_event_reported_is_the_first_in_walk_order(bool withRestApi, string firstEvent)
    {
        var result = Transform(withRestApi, string.Empty, "E1: {Type: Bogus}", "E9: {Type: Bogus}");

        result.ErrorMessage.Should().Be(
            ErrorPrefix + $"Event with id [{firstEvent}] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: Bogus.");
    }

    [Theory]
    [InlineData(true, "SNS")]
    [InlineData(false, "SQS")]
    public void The_tenancy_check_reports_the_first_unsupported_event_in_walk_order(bool withRestApi, string reported)
    {
        var result = Transform(
            withRestApi,
            "TenancyConfig: {TenantIsolationMode: PER_TENANT}",
            "E1: {Type: SQS, Properties: {Queue: 'arn:aws:sqs:us-east-1:123456789012:q'}}",
            "E9: {Type: SNS, Properties: {Topic: 'arn:aws:sns:us-east-1:123456789012:t'}}");

        result.ErrorMessage.Should().Be(
            ErrorPrefix + $"Event source '{reported}' is not supported for functions enabled with tenancy configuration. Only Api and HttpApi event sources are supported.");
    }

    private static TransformResult Transform(bool withRestApi, string extraProperty, string firstEvent, string secondEvent)
    {
        var api = withRestApi ? "Api0: {Type: AWS::Serverless::Api, Properties: {StageName: Prod}}" : string.Empty;
        return new SamTransformer().Transform($$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              {{api}}
              F0:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.h
                  InlineCode: x
                  {{extraProperty}}
                  Events:
                    {{firstEvent}}
                    {{secondEvent}}
            """);
    }
}
