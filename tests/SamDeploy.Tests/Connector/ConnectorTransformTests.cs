using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Connector;

public class ConnectorTransformTests
{
    private const string FunctionAndQueue = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              InlineCode: x
              Handler: h
              Runtime: python3.12
          Queue:
            Type: AWS::SQS::Queue
          Topic:
            Type: AWS::SNS::Topic

        """;


    private static string? Error(string template) => new SamTransformer().Transform(template).ErrorMessage;

    [Fact]
    public void A_function_to_queue_connector_becomes_a_managed_policy_on_the_functions_role()
    {
        var resources = TransformedTemplate.Resources(FunctionAndQueue + """
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Fn}
                  Destination: {Id: Queue}
                  Permissions: [Write, Read]
            """);

        resources.ContainsKey("Conn").Should().BeFalse();
        var policy = resources["ConnPolicy"]!;
        policy["Type"]!.Value<string>().Should().Be("AWS::IAM::ManagedPolicy");
        policy["Properties"]!["Roles"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""[{"Ref":"FnRole"}]""");
        var statements = (JArray)policy["Properties"]!["PolicyDocument"]!["Statement"]!;
        policy["Properties"]!["PolicyDocument"]!["Version"]!.Value<string>().Should().Be("2012-10-17");
        statements.Select(s => (string)s["Action"]![0]!).Should().Equal("sqs:ReceiveMessage", "sqs:DeleteMessage");
        statements[0]["Resource"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""[{"Fn::GetAtt":["Queue","Arn"]}]""");
        policy["Metadata"]!.ToString(Newtonsoft.Json.Formatting.None).Should()
            .Be("""{"aws:sam:connectors":{"Conn":{"Source":{"Type":"AWS::Serverless::Function"},"Destination":{"Type":"AWS::SQS::Queue"}}}}""");
    }

    [Fact]
    public void Several_destinations_number_the_generated_ids()
    {
        var resources = TransformedTemplate.Resources(FunctionAndQueue + """
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Topic}
                  Destination: [{Id: Queue}, {Id: Fn}]
                  Permissions: [Write]
            """);

        resources["ConnQueuePolicyDestination0"]!["Type"]!.Value<string>().Should().Be("AWS::SQS::QueuePolicy");
        resources["ConnQueuePolicyDestination0"]!["Properties"]!["Queues"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""[{"Ref":"Queue"}]""");
        var permission = resources["ConnWriteLambdaPermissionDestination1"]!;
        permission["Type"]!.Value<string>().Should().Be("AWS::Lambda::Permission");
        permission["Properties"]!.ToString(Newtonsoft.Json.Formatting.None).Should()
            .Be("""{"Action":"lambda:InvokeFunction","FunctionName":{"Fn::GetAtt":["Fn","Arn"]},"Principal":"sns.amazonaws.com","SourceArn":{"Ref":"Topic"}}""");
    }

    [Fact]
    public void An_embedded_connector_is_named_source_plus_connector_and_resources_that_waited_for_it_wait_for_its_policy()
    {
        var resources = TransformedTemplate.Resources("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Connectors:
                  ToQueue:
                    Properties:
                      Destination: {Id: Queue}
                      Permissions: [Read]
                Properties:
                  InlineCode: x
                  Handler: h
                  Runtime: python3.12
              Queue:
                Type: AWS::SQS::Queue
              Waiter:
                Type: AWS::SNS::Topic
                DependsOn: [FnToQueue, Queue]
            """);

        resources["FnToQueuePolicy"]!["Type"]!.Value<string>().Should().Be("AWS::IAM::ManagedPolicy");
        resources["Fn"]!["Connectors"].Should().BeNull();
        resources["Waiter"]!["DependsOn"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""["Queue","FnToQueuePolicy"]""");
    }

    [Fact]
    public void A_connection_without_a_profile_names_both_types()
    {
        Error(FunctionAndQueue + """
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Queue}
                  Destination: {Id: Topic}
                  Permissions: [Write]
            """).Should().EndWith("Resource with id [Conn] is invalid. Unable to create connector from AWS::SQS::Queue to AWS::SNS::Topic; it's not supported or the template is invalid.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("[]")]
    [InlineData("null")]
    public void A_connector_whose_properties_are_not_a_map_fails_alone(string properties)
    {
        // The reference's document check skips connectors; the connector fails when it is transformed, with the other
        // resources' errors reported beside it.
        Error($$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              R:
                Type: AWS::Serverless::Connector
                Properties: {{properties}}
              Tbl:
                Type: AWS::Serverless::SimpleTable
                Properties: {PrimaryKey: 5}
            """).Should().Be("Invalid Serverless Application Specification document. Number of errors found: 2. "
            + "Resource with id [R] is invalid. Properties of a resource must be an object. "
            + "Resource with id [Tbl] is invalid. Type of property 'PrimaryKey' is invalid.");
    }

    [Fact]
    public void A_resource_whose_transform_failed_is_still_its_serverless_self_to_a_connector()
    {
        // The reference's connectors look in a copy of the template that only successful transforms update.
        Error("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties: {StageName: prod, Models: not-a-map}
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k.zip}
              Conn:
                Type: AWS::Serverless::Connector
                Properties: {Source: {Id: Api0}, Destination: {Id: Fn}, Permissions: [Write]}
            """).Should().Be("Invalid Serverless Application Specification document. Number of errors found: 2. "
            + "Resource with id [Api0] is invalid. Property 'Models' should be a map. "
            + "Resource with id [Conn] is invalid. Unable to create connector from AWS::Serverless::Api to AWS::Lambda::Function; it's not supported or the template is invalid.");
    }

    [Fact]
    public void A_resource_transformed_under_another_id_is_gone_for_a_connector()
    {
        // A layer's transform replaces it with a hashed id, so its own id is no longer in the template.
        Error("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Layer:
                Type: AWS::Serverless::LayerVersion
                Properties: {ContentUri: s3://b/l.zip}
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k.zip}
              Conn:
                Type: AWS::Serverless::Connector
                Properties: {Source: {Id: Fn}, Destination: {Id: Layer}, Permissions: [Read]}
            """).Should().EndWith("Resource with id [Conn] is invalid. Unable to find resource with logical ID 'Layer'.");
    }

    [Theory]
    [InlineData("Permissions: []", "'Permissions' cannot be empty; valid values are: Read, Write.")]
    [InlineData("Permissions: [Fly]", "Unsupported 'Permissions' provided for connector from AWS::Lambda::Function to AWS::SQS::Queue; valid values are: Read, Write.")]
    [InlineData("Permissions: [Read]\n      Extra: 1", "property Extra not defined for resource of type AWS::Serverless::Connector")]
    public void Permission_mistakes_have_the_references_messages(string permissions, string message)
    {
        Error(FunctionAndQueue + $$"""
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Fn}
                  Destination: {Id: Queue}
                  {{permissions}}
            """).Should().EndWith("Resource with id [Conn] is invalid. " + message);
    }

    [Theory]
    [InlineData("{Id: Nope}", "Unable to find resource with logical ID 'Nope'.")]
    [InlineData("{Id: 42}", "'Id' is missing or not a string.")]
    [InlineData("{Arn: x}", "'Type' is missing or not a string.")]
    [InlineData("{Id: Queue, Arn: x}", "Must provide 'Id' (with optional 'Qualifier') or a supported combination of other properties.")]
    [InlineData("{Type: AWS::SQS::Queue}", "Destination.Arn is missing.")]
    [InlineData("[]", "'Destination' is an empty list")]
    public void Destination_mistakes_have_the_references_messages(string destination, string message)
    {
        Error(FunctionAndQueue + $$"""
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Fn}
                  Destination: {{destination}}
                  Permissions: [Read]
            """).Should().EndWith("Resource with id [Conn] is invalid. " + message);
    }

    [Fact]
    public void Sqs_to_function_accepts_only_read_and_write_together()
    {
        Error(FunctionAndQueue + """
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Queue}
                  Destination: {Id: Fn}
                  Permissions: [Write]
            """).Should().EndWith("Unsupported 'Permissions' provided for connector from AWS::SQS::Queue to AWS::Lambda::Function; valid combinations are: Read + Write.");
    }

    [Fact]
    public void Embedded_connector_mistakes_have_the_references_messages()
    {
        var message = Error("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Connectors:
                  NotAMap: foo
                  NoProperties: {}
                  IdInReference:
                    Properties:
                      SourceReference: {Id: x}
                      Destination: {Id: Fn}
                      Permissions: [Read]
                Properties:
                  InlineCode: x
                  Handler: h
                  Runtime: python3.12
              Other:
                Type: AWS::SQS::Queue
                Connectors: []
            """);

        message.Should().Contain("Resource with id [FnNotAMap] is invalid. Fn.FnNotAMap should be a map.")
            .And.Contain("Resource with id [Fn] is invalid. Attribute 'Connectors.NoProperties.Properties' should be a map.")
            .And.Contain("Resource with id [IdInReference] is invalid. 'Id' shouldn't be defined in 'SourceReference'.")
            .And.Contain("Resource with id [Other] is invalid. Attribute 'Other.Connectors' should be a map.");
    }

    [Fact]
    public void An_embedded_connector_may_not_take_an_existing_id()
    {
        Error("""
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Connectors:
                  Fn:
                    Properties:
                      Destination: {Id: QueueFn}
                      Permissions: [Read, Write]
              QueueFn:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: x
                  Handler: h
                  Runtime: python3.12
            """).Should().Contain("Transforming resource with id [Queue] attempts to create a new resource with id [QueueFn] and type \"AWS::Serverless::Connector\".");
    }
}
