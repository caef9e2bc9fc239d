using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class ScheduleV2EventSourceTests
{
    [Fact]
    public void A_schedule_gets_a_role_that_may_invoke_the_function()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Tick:
              Type: ScheduleV2
              Properties:
                ScheduleExpression: rate(1 minute)
                PermissionsBoundary: boundary
                Input: '{}'
            """));

        resources["FnTick"].ShouldBeJson("""
            {"Type": "AWS::Scheduler::Schedule", "Properties": {
              "ScheduleExpression": "rate(1 minute)", "FlexibleTimeWindow": {"Mode": "OFF"}, "Name": "FnTick",
              "Target": {"Arn": {"Fn::GetAtt": ["Fn", "Arn"]}, "RoleArn": {"Fn::GetAtt": ["FnTickRole", "Arn"]}, "Input": "{}"}}}
            """);
        resources["FnTickRole"].ShouldBeJson("""
            {"Type": "AWS::IAM::Role", "Properties": {
              "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Action": ["sts:AssumeRole"], "Effect": "Allow", "Principal": {"Service": ["scheduler.amazonaws.com"]}}]},
              "Policies": [{"PolicyName": "FnTickLambdaPolicy", "PolicyDocument": {"Statement": [{"Action": "lambda:InvokeFunction", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Fn", "Arn"]}}]}}],
              "PermissionsBoundary": "boundary"}}
            """);
    }

    [Fact]
    public void A_dead_letter_queue_has_no_policy_but_the_role_may_send_to_it()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Tick:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 minute), DeadLetterConfig: {Type: SQS, QueueLogicalId: Dlq}, OmitName: true}
            """));

        resources["Dlq"]!["Type"]!.ToString().Should().Be("AWS::SQS::Queue");
        resources.ContainsKey("FnTickQueuePolicy").Should().BeFalse();
        resources["FnTick"]!["Properties"]!["Name"].Should().BeNull();
        resources["FnTickRole"]!["Properties"]!["Policies"]![1].ShouldBeJson("""
            {"PolicyName": "FnTickSQSPolicy", "PolicyDocument": {"Statement": [{"Action": "sqs:SendMessage", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Dlq", "Arn"]}}]}}
            """);
    }

    [Fact]
    public void A_given_RoleArn_replaces_the_generated_role()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Tick:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 minute), RoleArn: role-arn, Name: tick}
            """));

        resources.ContainsKey("FnTickRole").Should().BeFalse();
        resources["FnTick"]!["Properties"]!["Target"]!["RoleArn"]!.ToString().Should().Be("role-arn");
        resources["FnTick"]!["Properties"]!["Name"]!.ToString().Should().Be("tick");
    }

    [Fact]
    public void Name_and_OmitName_exclude_each_other() =>
        PushHarness.Error(PushHarness.Template("""
            Tick:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 minute), Name: tick, OmitName: true}
            """)).Should().Be("Resource with id [Fn] is invalid. Event with id [FnTick] is invalid. Name cannot be set when OmitName is True");

    [Fact]
    public void OmitName_takes_no_intrinsic() =>
        PushHarness.Error(PushHarness.Template("""
            Tick:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 minute), OmitName: {Ref: X}}
            """)).Should().Be("Resource with id [FnTick] is invalid. Type of property 'OmitName' is invalid.");
}
