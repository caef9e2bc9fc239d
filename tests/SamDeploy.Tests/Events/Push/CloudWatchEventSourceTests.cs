using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class CloudWatchEventSourceTests
{
    [Theory]
    [InlineData("CloudWatchEvent")]
    [InlineData("EventBridgeRule")]
    public void A_rule_with_a_pattern_targets_the_function(string type)
    {
        var resources = PushHarness.Resources(PushHarness.Template($$"""
            OnEvent:
              Type: {{type}}
              Properties:
                EventBusName: bus
                RuleName: rule
                Pattern: {source: [aws.ec2]}
                InputPath: $.detail
                InputTransformer: {InputTemplate: x}
                Target: {Id: MyTarget}
                State: ENABLED
            """));

        resources["FnOnEvent"].ShouldBeJson("""
            {"Type": "AWS::Events::Rule", "Properties": {
              "EventBusName": "bus", "EventPattern": {"source": ["aws.ec2"]}, "Name": "rule", "State": "ENABLED",
              "Targets": [{"Arn": {"Fn::GetAtt": ["Fn", "Arn"]}, "Id": "MyTarget", "InputPath": "$.detail", "InputTransformer": {"InputTemplate": "x"}}]}}
            """);
        resources["FnOnEventPermission"]!["Properties"]!["SourceArn"].ShouldBeJson("""{"Fn::GetAtt": ["FnOnEvent", "Arn"]}""");
    }

    [Fact]
    public void The_dead_letter_config_is_checked_before_State_and_Enabled() =>
        PushHarness.Error(PushHarness.Template("""
            OnEvent:
              Type: CloudWatchEvent
              Properties: {State: ENABLED, Enabled: true, DeadLetterConfig: {}}
            """)).Should().Be("Resource with id [Fn] is invalid. Event with id [FnOnEvent] is invalid. No 'Arn' or 'Type' property provided for DeadLetterConfig.");
}
