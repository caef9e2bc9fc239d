using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class SnsEventSourceTests
{
    [Fact]
    public void A_topic_subscribes_the_function_and_may_invoke_it()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Note:
              Type: SNS
              Properties:
                Topic: arn:aws:sns:us-east-1:123456789012:topic
                Region: us-east-1
                FilterPolicy: {store: [example]}
                FilterPolicyScope: MessageAttributes
                RedrivePolicy: {deadLetterTargetArn: dlq}
            """));

        resources["FnNote"].ShouldBeJson("""
            {"Type": "AWS::SNS::Subscription", "Properties": {
              "Endpoint": {"Fn::GetAtt": ["Fn", "Arn"]}, "Protocol": "lambda", "TopicArn": "arn:aws:sns:us-east-1:123456789012:topic",
              "Region": "us-east-1", "FilterPolicy": {"store": ["example"]}, "FilterPolicyScope": "MessageAttributes",
              "RedrivePolicy": {"deadLetterTargetArn": "dlq"}}}
            """);
        resources["FnNotePermission"]!["Properties"]!["SourceArn"]!.ToString().Should().Be("arn:aws:sns:us-east-1:123456789012:topic");
    }

    [Fact]
    public void SqsSubscription_true_puts_a_new_queue_between_topic_and_function()
    {
        var resources = PushHarness.Resources(PushHarness.Template(
            """
            Note:
              Type: SNS
              Properties: {Topic: !Ref Topic, SqsSubscription: true}
            """,
            "Topic:\n  Type: AWS::SNS::Topic\n  Properties: {FifoTopic: true}"));

        resources["FnNoteQueue"].ShouldBeJson("""{"Type": "AWS::SQS::Queue", "Properties": {"FifoQueue": true}}""");
        resources["FnNoteQueuePolicy"].ShouldBeJson("""
            {"Type": "AWS::SQS::QueuePolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": [{
              "Action": "sqs:SendMessage", "Effect": "Allow", "Principal": "*", "Resource": {"Fn::GetAtt": ["FnNoteQueue", "Arn"]},
              "Condition": {"ArnEquals": {"aws:SourceArn": {"Ref": "Topic"}}}}]}, "Queues": [{"Ref": "FnNoteQueue"}]}}
            """);
        resources["FnNote"]!["Properties"]!["Protocol"]!.ToString().Should().Be("sqs");
        resources["FnNoteEventSourceMapping"].ShouldBeJson("""
            {"Type": "AWS::Lambda::EventSourceMapping", "Properties": {"BatchSize": 10, "Enabled": true,
             "EventSourceArn": {"Fn::GetAtt": ["FnNoteQueue", "Arn"]}, "FunctionName": {"Ref": "Fn"}}}
            """);
        resources["FnRole"]!["Properties"]!["ManagedPolicyArns"].ShouldBeJson("""
            ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"]
            """);
        resources.ContainsKey("FnNotePermission").Should().BeFalse();
    }

    [Fact]
    public void An_existing_queue_gets_the_policy_under_its_chosen_id_and_the_batch_size()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Note:
              Type: SNS
              Properties:
                Topic: topic-arn
                SqsSubscription: {QueueArn: queue-arn, QueueUrl: queue-url, QueuePolicyLogicalId: MyPolicy, BatchSize: 5, Enabled: false}
            """));

        resources["MyPolicy"]!["Properties"]!["Queues"].ShouldBeJson("""["queue-url"]""");
        resources["FnNoteEventSourceMapping"]!["Properties"].ShouldBeJson("""
            {"BatchSize": 5, "Enabled": true, "EventSourceArn": "queue-arn", "FunctionName": {"Ref": "Fn"}}
            """);
    }

    [Fact]
    public void An_existing_queue_needs_its_arn_and_url() =>
        PushHarness.Error(PushHarness.Template("""
            Note:
              Type: SNS
              Properties: {Topic: t, SqsSubscription: {QueueArn: a}}
            """)).Should().Be("Resource with id [Fn] is invalid. Event with id [Note] is invalid. No QueueARN or QueueURL provided.");

    [Fact]
    public void Unknown_properties_are_rejected() =>
        PushHarness.Error(PushHarness.Template("""
            Note:
              Type: SNS
              Properties: {Topic: t, FilterCriteria: {}}
            """)).Should().Be("Resource with id [FnNote] is invalid. property FilterCriteria not defined for resource of type SNS");
}
