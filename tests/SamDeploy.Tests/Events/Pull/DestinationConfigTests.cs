using FluentAssertions;
using Xunit;
using static SamDeploy.Tests.Events.Pull.PullEventHarness;

namespace SamDeploy.Tests.Events.Pull;

public sealed class DestinationConfigTests
{
    private static string Stream(string onFailure) => WithOnFailure(string.Join("\n", onFailure.Split('\n').Select(l => "        " + l.TrimStart())));

    private static string WithOnFailure(string onFailure) => $"""
        Stream:
          Type: Kinesis
          Properties:
            Stream: arn:aws:kinesis:us-east-1:123456789012:stream/s
            StartingPosition: LATEST
            DestinationConfig:
              OnFailure:
        {onFailure}
        """;

    [Fact]
    public void Sqs_destination_drops_the_type_and_grants_send_message()
    {
        var resources = Transformed(Stream("      Type: SQS\n      Destination: !GetAtt Dlq.Arn"));

        resources["FnStream"]!["Properties"]!["DestinationConfig"].ShouldEqualJson("""{ "OnFailure": { "Destination": { "Fn::GetAtt": ["Dlq", "Arn"] } } }""");
        Policy(resources, "FnStreamSQSPolicy").ShouldEqualJson("""
            {
              "PolicyName": "FnStreamSQSPolicy",
              "PolicyDocument": { "Statement": [ { "Action": "sqs:SendMessage", "Effect": "Allow", "Resource": { "Fn::GetAtt": ["Dlq", "Arn"] } } ] }
            }
            """);
    }

    [Fact]
    public void Sns_destination_grants_publish()
    {
        var resources = Transformed(Stream("      Type: SNS\n      Destination: !Ref Topic"));

        Policy(resources, "FnStreamSNSPolicy")["PolicyDocument"].ShouldEqualJson("""
            { "Statement": [ { "Action": "sns:publish", "Effect": "Allow", "Resource": { "Ref": "Topic" } } ] }
            """);
    }

    [Fact]
    public void S3_destination_grants_put_object_under_the_bucket_and_list_bucket()
    {
        var resources = Transformed(Stream("      Type: S3\n      Destination: arn:aws:s3:::bucket"));

        Policy(resources, "FnStreamS3Policy")["PolicyDocument"].ShouldEqualJson("""
            {
              "Statement": [
                { "Action": "s3:PutObject", "Effect": "Allow", "Resource": { "Fn::Join": ["/", ["arn:aws:s3:::bucket", "*"]] } },
                { "Action": "s3:ListBucket", "Effect": "Allow", "Resource": "arn:aws:s3:::bucket" }
              ]
            }
            """);
    }

    [Fact]
    public void Kafka_destination_and_no_type_add_no_policy()
    {
        Transformed(Stream("      Type: Kafka\n      Destination: kafka://topic"))["FnRole"]!["Properties"]!["Policies"].Should().BeNull();
        var untyped = Transformed(Stream("      Destination: arn:aws:sqs:us-east-1:123456789012:q"));
        untyped["FnRole"]!["Properties"]!["Policies"].Should().BeNull();
        untyped["FnStream"]!["Properties"]!["DestinationConfig"].ShouldEqualJson("""{ "OnFailure": { "Destination": "arn:aws:sqs:us-east-1:123456789012:q" } }""");
    }

    [Fact]
    public void Another_type_is_rejected()
    {
        Error(Stream("      Type: Lambda\n      Destination: arn")).Should().Be(
            ErrorPrefix + "Resource with id [Fn] is invalid. Event with id [FnStream] is invalid. The only valid values for 'Type' are 'SQS', 'SNS', 'S3', and 'Kafka'");
    }

    [Fact]
    public void On_failure_must_be_a_map()
    {
        Error(Stream("      - Type: SQS")).Should().Be(
            ErrorPrefix + "Resource with id [Fn] is invalid. Event with id [FnStream] is invalid. Property 'DestinationConfig.OnFailure' should be a map.");
    }
}
