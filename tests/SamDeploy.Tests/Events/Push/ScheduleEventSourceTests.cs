using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class ScheduleEventSourceTests
{
    [Fact]
    public void A_schedule_is_a_rule_targeting_the_function_and_a_permission_for_eventbridge()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Tick:
              Type: Schedule
              Properties:
                Schedule: rate(1 minute)
                Input: '{}'
                Enabled: false
                Name: tick
                Description: every minute
                RetryPolicy: {MaximumRetryAttempts: 2}
            """));

        resources["FnTick"].ShouldBeJson("""
            {"Type": "AWS::Events::Rule", "Properties": {
              "Description": "every minute", "Name": "tick", "ScheduleExpression": "rate(1 minute)", "State": "DISABLED",
              "Targets": [{"Arn": {"Fn::GetAtt": ["Fn", "Arn"]}, "Id": "FnTickLambdaTarget", "Input": "{}", "RetryPolicy": {"MaximumRetryAttempts": 2}}]}}
            """);
        resources["FnTickPermission"].ShouldBeJson("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"},
             "Principal": "events.amazonaws.com", "SourceArn": {"Fn::GetAtt": ["FnTick", "Arn"]}}}
            """);
    }

    [Fact]
    public void A_target_id_longer_than_64_characters_is_cut_before_the_suffix()
    {
        var eventId = new string('E', 60);
        var resources = PushHarness.Resources(PushHarness.Template($$"""
            {{eventId}}:
              Type: Schedule
              Properties: {Schedule: rate(1 minute)}
            """));

        var id = (string)resources["Fn" + eventId]!["Properties"]!["Targets"]![0]!["Id"]!;
        id.Should().Be(("Fn" + eventId)[..52] + "LambdaTarget").And.HaveLength(64);
    }

    [Fact]
    public void An_sqs_dead_letter_config_creates_the_queue_and_its_policy()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Tick:
              Type: Schedule
              Properties:
                Schedule: rate(1 minute)
                DeadLetterConfig: {Type: SQS}
            """));

        resources["FnTickQueue"]!["Type"]!.ToString().Should().Be("AWS::SQS::Queue");
        resources["FnTickQueuePolicy"]!["Properties"]!["Queues"].ShouldBeJson("""[{"Ref": "FnTickQueue"}]""");
        resources["FnTick"]!["Properties"]!["Targets"]![0]!["DeadLetterConfig"].ShouldBeJson("""{"Arn": {"Fn::GetAtt": ["FnTickQueue", "Arn"]}}""");
    }

    [Theory]
    [InlineData("{Arn: a, Type: SQS}", "You can either define 'Arn' or 'Type' property of DeadLetterConfig.")]
    [InlineData("{Type: SNS}", "The only valid value for 'Type' property of DeadLetterConfig is 'SQS'.")]
    [InlineData("{QueueLogicalId: Q}", "No 'Arn' or 'Type' property provided for DeadLetterConfig.")]
    [InlineData("{Type: SQS, QueueLogicalId: [Q]}", "QueueLogicalId must be a string")]
    public void Dead_letter_config_errors_name_the_event_by_its_logical_id(string config, string message) =>
        PushHarness.Error(PushHarness.Template($$"""
            Tick:
              Type: Schedule
              Properties:
                Schedule: rate(1 minute)
                DeadLetterConfig: {{config}}
            """)).Should().Be("Resource with id [Fn] is invalid. Event with id [FnTick] is invalid. " + message);

    [Fact]
    public void State_and_Enabled_together_are_rejected() =>
        PushHarness.Error(PushHarness.Template("""
            Tick:
              Type: Schedule
              Properties: {Schedule: rate(1 minute), State: ENABLED, Enabled: true}
            """)).Should().Be("Resource with id [Fn] is invalid. Event with id [Tick] is invalid. State and Enabled Properties cannot both be specified.");

    [Fact]
    public void The_schedule_is_required() =>
        PushHarness.Error(PushHarness.Template("""
            Tick:
              Type: Schedule
              Properties: {Name: x}
            """)).Should().Be("Resource with id [FnTick] is invalid. Missing required property 'Schedule'.");
}
