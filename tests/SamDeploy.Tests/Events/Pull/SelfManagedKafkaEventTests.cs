using FluentAssertions;
using Xunit;
using static SamDeploy.Tests.Events.Pull.PullEventHarness;

namespace SamDeploy.Tests.Events.Pull;

public sealed class SelfManagedKafkaEventTests
{
    private const string Auth = "- Type: SASL_SCRAM_512_AUTH\n  URI: arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka";

    private static string Kafka(string access = Auth, string extra = "", string servers = "    KafkaBootstrapServers: [b1:9092, b2:9092]\n", string topics = "    Topics: [orders]\n") =>
        "Kafka:\n  Type: SelfManagedKafka\n  Properties:\n" + servers + topics +
        (access.Length == 0 ? string.Empty : "    SourceAccessConfigurations:\n" + string.Join("\n", access.Split('\n').Select(l => "      " + l)) + "\n") +
        extra;

    private static string Message(string message) => ErrorPrefix + "Resource with id [Fn] is invalid. Event with id [Kafka] is invalid. " + message;

    [Fact]
    public void Maps_the_bootstrap_servers_without_a_source_arn_and_grants_the_secret_and_vpc()
    {
        var resources = Transformed(Kafka(
            Auth + "\n- Type: VPC_SUBNET\n  URI: subnet:subnet-1\n- Type: VPC_SECURITY_GROUP\n  URI: security_group:sg-1",
            "    ConsumerGroupId: group\n    SecretsManagerKmsKeyId: key-1\n"));

        var properties = resources["FnKafka"]!["Properties"]!;
        properties["EventSourceArn"].Should().BeNull();
        properties["SelfManagedEventSource"].ShouldEqualJson("""{ "Endpoints": { "KafkaBootstrapServers": ["b1:9092", "b2:9092"] } }""");
        properties["SelfManagedKafkaEventSourceConfig"].ShouldEqualJson("""{ "ConsumerGroupId": "group" }""");
        resources["FnRole"]!["Properties"]!["ManagedPolicyArns"]!.Should().HaveCount(1);
        Policy(resources, "SelfManagedKafkaExecutionRolePolicy").ShouldEqualJson("""
            {
              "PolicyName": "SelfManagedKafkaExecutionRolePolicy",
              "PolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                  { "Action": ["secretsmanager:GetSecretValue"], "Effect": "Allow", "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka" },
                  { "Action": ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"], "Effect": "Allow", "Resource": "*" },
                  { "Action": ["kms:Decrypt"], "Effect": "Allow", "Resource": { "Fn::Sub": "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/key-1" } }
                ]
              }
            }
            """);
    }

    [Fact]
    public void A_root_ca_certificate_grants_the_sign_in_secret_again_as_the_reference_does()
    {
        var resources = Transformed(Kafka(Auth + "\n- Type: SERVER_ROOT_CA_CERTIFICATE\n  URI: arn:aws:secretsmanager:us-east-1:123456789012:secret:ca"));

        var statements = Policy(resources, "SelfManagedKafkaExecutionRolePolicy")["PolicyDocument"]!["Statement"]!;
        statements.Should().HaveCount(2);
        statements[1]!["Resource"]!.ToString().Should().Be("arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka");
    }

    [Fact]
    public void Bootstrap_servers_are_required()
    {
        Error(Kafka(servers: string.Empty)).Should().Be(Message("No KafkaBootstrapServers provided for self managed kafka as an event source"));
    }

    [Fact]
    public void One_topic_is_required()
    {
        Error(Kafka(topics: string.Empty)).Should().Be(Message("No Topics provided for self managed kafka as an event source"));
        Error(Kafka(topics: "    Topics: [a, b]\n")).Should().Be(Message("Topics for self managed kafka only supports single configuration entry."));
    }

    [Theory]
    [InlineData("", "No SourceAccessConfigurations for self managed kafka event provided.")]
    [InlineData("- Type: BASIC_AUTH\n  URI: a\n- Type: SASL_SCRAM_256_AUTH\n  URI: b", "Multiple auth mechanism properties specified in SourceAccessConfigurations for self managed kafka event.")]
    [InlineData("- Type: VIRTUAL_HOST\n  URI: a", "Invalid SourceAccessConfigurations Type provided for self managed kafka event.")]
    [InlineData("- Type: VPC_SUBNET\n  URI: subnet:s", "VPC_SUBNET and VPC_SECURITY_GROUP in SourceAccessConfigurations for SelfManagedKafka must be both provided.")]
    [InlineData("- Type: VPC_SUBNET", "No VPC_SUBNET URI property specified in SourceAccessConfigurations for self managed kafka event.")]
    [InlineData("- Type: BASIC_AUTH\n  URI: [a]", "Wrong Type for auth mechanism URI property specified in SourceAccessConfigurations for self managed kafka event.")]
    [InlineData("- Type: SERVER_ROOT_CA_CERTIFICATE", "No SERVER_ROOT_CA_CERTIFICATE URI property specified in SourceAccessConfigurations for self managed kafka event.")]
    public void Source_access_configurations_are_checked(string access, string message)
    {
        Error(Kafka(access)).Should().Be(Message(message));
    }

    [Fact]
    public void Source_access_configurations_must_be_a_list()
    {
        Error(Kafka(string.Empty, "    SourceAccessConfigurations: !Ref Access\n")).Should().Be(
            Message("SourceAccessConfigurations for self managed kafka event should be a list."));
    }

    [Fact]
    public void An_entry_that_is_not_a_map_is_reported_on_the_event_id()
    {
        Error(Kafka("- BASIC_AUTH")).Should().Be(
            ErrorPrefix + "Resource with id [Kafka] is invalid. Property 'SourceAccessConfigurations' should be a map.");
    }

    [Fact]
    public void Kms_key_id_must_be_a_string()
    {
        Error(Kafka(extra: "    SecretsManagerKmsKeyId: !Ref Key\n")).Should().Be(Message("Property 'SecretsManagerKmsKeyId' should be a string."));
    }

    [Fact]
    public void Schema_registry_goes_into_the_kafka_config_and_grants_a_glue_registry()
    {
        var resources = Transformed(Kafka(extra: """
                SchemaRegistryConfig:
                  SchemaRegistryURI: !Sub arn:${AWS::Partition}:glue:${AWS::Region}:012345678901:registry/shop
                  EventRecordFormat: SOURCE
                  SchemaValidationConfigs: []

            """));

        resources["FnKafka"]!["Properties"]!["SelfManagedKafkaEventSourceConfig"]!["SchemaRegistryConfig"]!["EventRecordFormat"]!.ToString().Should().Be("SOURCE");
        var statements = Policy(resources, "SelfManagedKafkaExecutionRolePolicy")["PolicyDocument"]!["Statement"]!;
        statements[2].ShouldEqualJson("""
            { "Action": ["glue:GetSchemaVersion"], "Effect": "Allow", "Resource": [{ "Fn::Sub": "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/shop/*" }] }
            """);
    }

    [Fact]
    public void A_registry_arn_whose_account_is_substituted_gets_no_glue_statements_as_in_the_reference()
    {
        var resources = Transformed(Kafka(extra: """
                SchemaRegistryConfig:
                  SchemaRegistryURI: !Sub arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:registry/shop
                  EventRecordFormat: JSON
                  SchemaValidationConfigs: []

            """));

        Policy(resources, "SelfManagedKafkaExecutionRolePolicy")["PolicyDocument"]!["Statement"]!.Should().HaveCount(1);
    }
}
