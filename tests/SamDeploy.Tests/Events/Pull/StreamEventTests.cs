using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;
using static SamDeploy.Tests.Events.Pull.PullEventHarness;

namespace SamDeploy.Tests.Events.Pull;

public sealed class StreamEventTests
{
    [Theory]
    [InlineData("Kinesis", "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole")]
    [InlineData("DynamoDB", "arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole")]
    [InlineData("MSK", "arn:aws:iam::aws:policy/service-role/AWSLambdaMSKExecutionRole")]
    public void Stream_sources_map_the_stream_and_add_their_managed_policy(string type, string arn)
    {
        var resources = Transformed($$"""
            Stream:
              Type: {{type}}
              Properties:
                Stream: !GetAtt Source.Arn
                StartingPosition: AT_TIMESTAMP
                StartingPositionTimestamp: 1671489395
                ParallelizationFactor: 2
                MaximumRetryAttempts: 3
                BisectBatchOnFunctionError: true
                TumblingWindowInSeconds: 60
                KmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/k
            """);

        resources["FnStream"].ShouldEqualJson("""
            {
              "Type": "AWS::Lambda::EventSourceMapping",
              "Properties": {
                "FunctionName": { "Ref": "Fn" },
                "EventSourceArn": { "Fn::GetAtt": ["Source", "Arn"] },
                "StartingPosition": "AT_TIMESTAMP",
                "StartingPositionTimestamp": 1671489395,
                "ParallelizationFactor": 2,
                "MaximumRetryAttempts": 3,
                "BisectBatchOnFunctionError": true,
                "TumblingWindowInSeconds": 60,
                "KmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/k"
              }
            }
            """);
        resources["FnRole"]!["Properties"]!["ManagedPolicyArns"]!.Values<string>().Should().Contain(arn);
    }

    [Theory]
    [InlineData("Kinesis", "StartingPosition: LATEST", "Stream")]
    [InlineData("DynamoDB", "StartingPosition: LATEST", "Stream")]
    [InlineData("Kinesis", "Stream: arn", "StartingPosition")]
    [InlineData("MSK", "Stream: arn", "StartingPosition")]
    public void Stream_and_starting_position_are_required(string type, string given, string missing)
    {
        Error($$"""
            Stream:
              Type: {{type}}
              Properties:
                {{given}}
            """).Should().Be(ErrorPrefix + $"Resource with id [FnStream] is invalid. Missing required property '{missing}'.");
    }

    [Fact]
    public void Msk_puts_consumer_group_and_schema_registry_in_its_kafka_config_and_grants_the_registry()
    {
        var resources = Transformed("""
            Kafka:
              Type: MSK
              Properties:
                Stream: arn:aws:kafka:us-east-1:123456789012:cluster/c
                StartingPosition: LATEST
                Topics: [orders]
                ConsumerGroupId: group
                SourceAccessConfigurations:
                  - Type: CLIENT_CERTIFICATE_TLS_AUTH
                    URI: arn:aws:secretsmanager:us-east-1:123456789012:secret:cert
                SchemaRegistryConfig:
                  SchemaRegistryURI: arn:aws:glue:us-east-1:123456789012:registry/orders
                  EventRecordFormat: JSON
                  SchemaValidationConfigs: [{Attribute: VALUE}]
                  AccessConfigs:
                    - Type: BASIC_AUTH
                      URI: arn:aws:secretsmanager:us-east-1:123456789012:secret:registry
            """);

        resources["FnKafka"]!["Properties"]!["AmazonManagedKafkaEventSourceConfig"].ShouldEqualJson("""
            {
              "ConsumerGroupId": "group",
              "SchemaRegistryConfig": {
                "SchemaRegistryURI": "arn:aws:glue:us-east-1:123456789012:registry/orders",
                "EventRecordFormat": "JSON",
                "SchemaValidationConfigs": [{ "Attribute": "VALUE" }],
                "AccessConfigs": [{ "Type": "BASIC_AUTH", "URI": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry" }]
              }
            }
            """);
        Policy(resources, "MSKExecutionRolePolicy").ShouldEqualJson("""
            {
              "PolicyName": "MSKExecutionRolePolicy",
              "PolicyDocument": {
                "Statement": [
                  { "Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow", "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry" },
                  { "Action": ["glue:GetRegistry"], "Effect": "Allow", "Resource": "arn:aws:glue:us-east-1:123456789012:registry/orders" },
                  { "Action": ["glue:GetSchemaVersion"], "Effect": "Allow",
                    "Resource": [{ "Fn::Sub": "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/orders/*" }] },
                  { "Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow", "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:cert" }
                ]
              }
            }
            """);
    }

    [Fact]
    public void Msk_without_secrets_or_registry_gets_no_inline_policy()
    {
        var resources = Transformed("""
            Kafka:
              Type: MSK
              Properties:
                Stream: arn
                StartingPosition: LATEST
            """);

        resources["FnRole"]!["Properties"]!["Policies"].Should().BeNull();
    }

    [Theory]
    [InlineData("EventRecordFormat: JSON\nSchemaValidationConfigs: []", "Missing required field SchemaRegistryURI in SchemaRegistryConfig")]
    [InlineData("SchemaRegistryURI: arn\nSchemaValidationConfigs: []", "Missing required field EventRecordFormat in SchemaRegistryConfig")]
    [InlineData("SchemaRegistryURI: arn\nEventRecordFormat: JSON", "Missing required field SchemaValidationConfigs in SchemaRegistryConfig")]
    [InlineData("SchemaRegistryURI: arn\nEventRecordFormat: XML\nSchemaValidationConfigs: []", "EventRecordFormat in SchemaRegistryConfig must be either 'JSON' or 'SOURCE'")]
    [InlineData("SchemaRegistryURI: arn\nEventRecordFormat: JSON\nSchemaValidationConfigs: x", "SchemaValidationConfigs must be a list")]
    [InlineData("SchemaRegistryURI: arn\nEventRecordFormat: JSON\nSchemaValidationConfigs: []\nAccessConfigs: x", "AccessConfigs in SchemaRegistryConfig must be a list")]
    [InlineData("SchemaRegistryURI: arn\nEventRecordFormat: JSON\nSchemaValidationConfigs: []\nAccessConfigs: [{Type: BASIC_AUTH}]", "Each AccessConfig must be a dict with 'Type' and 'URI' fields")]
    public void Schema_registry_config_is_checked(string config, string message)
    {
        var indented = string.Join("\n", config.Split('\n').Select(line => "      " + line));
        Error($"""
            Kafka:
              Type: MSK
              Properties:
                Stream: arn
                StartingPosition: LATEST
                SchemaRegistryConfig:
            {indented}
            """).Should().Be(ErrorPrefix + "Resource with id [Fn] is invalid. Event with id [Kafka] is invalid. " + message);
    }
}
