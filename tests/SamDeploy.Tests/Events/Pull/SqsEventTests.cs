using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;
using static SamDeploy.Tests.Events.Pull.PullEventHarness;

namespace SamDeploy.Tests.Events.Pull;

public sealed class SqsEventTests
{
    private const string Queue = """
        MyQueue:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-1:123456789012:queue
            BatchSize: 10
            Enabled: false
            FunctionResponseTypes: [ReportBatchItemFailures]
            ScalingConfig:
              MaximumConcurrency: 5
        """;

    [Fact]
    public void Generates_an_event_source_mapping_named_for_the_event_and_invoking_the_function()
    {
        var resources = Transformed(Queue);

        resources["FnMyQueue"].ShouldEqualJson("""
            {
              "Type": "AWS::Lambda::EventSourceMapping",
              "Properties": {
                "FunctionName": { "Ref": "Fn" },
                "EventSourceArn": "arn:aws:sqs:us-east-1:123456789012:queue",
                "BatchSize": 10,
                "Enabled": false,
                "FunctionResponseTypes": ["ReportBatchItemFailures"],
                "ScalingConfig": { "MaximumConcurrency": 5 }
              }
            }
            """);
    }

    [Theory]
    [InlineData("ap-southeast-1", "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole")]
    [InlineData("cn-north-1", "arn:aws-cn:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole")]
    [InlineData("us-gov-west-1", "arn:aws-us-gov:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole")]
    public void Adds_the_partitions_managed_sqs_policy_to_the_role(string region, string arn)
    {
        var resources = Transformed(Queue, region: region);

        resources["FnRole"]!["Properties"]!["ManagedPolicyArns"]!.Values<string>().Should().EndWith(arn);
        resources["FnRole"]!["Properties"]!["Policies"].Should().BeNull();
    }

    [Fact]
    public void Two_queues_add_the_managed_policy_once()
    {
        var resources = Transformed(Queue + "\n" + """
            Second:
              Type: SQS
              Properties:
                Queue: arn:aws:sqs:us-east-1:123456789012:second
            """);

        resources["FnRole"]!["Properties"]!["ManagedPolicyArns"]!.Values<string>().Should().Equal(
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole");
        resources["FnSecond"]!["Properties"]!["EventSourceArn"]!.Value<string>().Should().Be("arn:aws:sqs:us-east-1:123456789012:second");
    }

    [Fact]
    public void With_an_alias_the_mapping_invokes_the_alias_and_takes_the_function_condition()
    {
        var template = "Conditions:\n  Deploy: !Equals [a, a]\n" + Template(Queue, "AutoPublishAlias: live").Replace(
            "    Type: AWS::Serverless::Function\n", "    Type: AWS::Serverless::Function\n    Condition: Deploy\n    DeletionPolicy: Retain\n", StringComparison.Ordinal);
        var result = new SamDeploy.Transform.SamTransformer(new SamDeploy.Transform.TransformOptions { Region = "ap-southeast-1" }).Transform(template);

        result.ErrorMessage.Should().BeNull();
        var mapping = result.Template!["Resources"]!["FnMyQueue"]!;
        mapping["Properties"]!["FunctionName"].ShouldEqualJson("""{ "Ref": "FnAliaslive" }""");
        mapping["Condition"]!.Value<string>().Should().Be("Deploy");
        mapping["DeletionPolicy"]!.Value<string>().Should().Be("Retain");
        mapping["DependsOn"].Should().BeNull();
    }

    [Fact]
    public void Queue_is_required()
    {
        Error("""
            MyQueue:
              Type: SQS
              Properties:
                BatchSize: 10
            """).Should().Be(ErrorPrefix + "Resource with id [FnMyQueue] is invalid. Missing required property 'Queue'.");
    }

    [Fact]
    public void A_property_of_the_wrong_type_is_rejected()
    {
        Error("""
            MyQueue:
              Type: SQS
              Properties:
                Queue: arn
                BatchSize: ten
            """).Should().Be(ErrorPrefix + "Resource with id [FnMyQueue] is invalid. Type of property 'BatchSize' is invalid.");
    }

    [Fact]
    public void Consumer_group_id_is_only_for_kafka()
    {
        Error("""
            MyQueue:
              Type: SQS
              Properties:
                Queue: arn
                ConsumerGroupId: group
            """).Should().Be(ErrorPrefix + "Resource with id [Fn] is invalid. Event with id [FnMyQueue] is invalid. Property ConsumerGroupId not defined for resource of type SQS.");
    }

    [Fact]
    public void Filter_criteria_may_only_hold_filters()
    {
        Error("""
            MyQueue:
              Type: SQS
              Properties:
                Queue: arn
                FilterCriteria:
                  Filter: []
            """).Should().Be(ErrorPrefix + "Resource with id [Fn] is invalid. Event with id [MyQueue] is invalid. FilterCriteria field has a wrong format");
    }

    [Fact]
    public void Filter_criteria_with_filters_is_copied()
    {
        var resources = Transformed("""
            MyQueue:
              Type: SQS
              Properties:
                Queue: arn
                FilterCriteria:
                  Filters:
                    - Pattern: '{"body": {"a": [1]}}'
            """);

        resources["FnMyQueue"]!["Properties"]!["FilterCriteria"].ShouldEqualJson("""{ "Filters": [ { "Pattern": "{\"body\": {\"a\": [1]}}" } ] }""");
    }
}
