using System.Collections.Immutable;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function.Policies;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Policies;

public class PolicyTemplatesPluginTests
{
    private const string QueueStatement = """
        {"Statement": [{
          "Action": ["sqs:SendMessage*"],
          "Effect": "Allow",
          "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}", {"queueName": "Q"}]}
        }]}
        """;

    private readonly PolicyTemplatesPlugin _plugin = new();

    [Fact]
    public void Is_named_PolicyTemplates_and_runs_with_the_built_in_plugins()
    {
        _plugin.Name.Should().Be("PolicyTemplates");
        new SamTransformer().Plugins.Should().Contain(p => p is PolicyTemplatesPlugin);
    }

    [Fact]
    public void A_single_template_becomes_a_one_entry_list_holding_its_policy_document()
    {
        var properties = Expand("""{"Policies": {"SQSSendMessagePolicy": {"QueueName": "Q"}}}""");

        ShouldEqual(properties["Policies"]!, "[" + QueueStatement + "]");
    }

    [Fact]
    public void Other_entries_are_kept_as_written_and_in_place()
    {
        var properties = Expand("""
            {"Policies": [
              "AWSLambdaRole",
              {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]},
              {"SQSSendMessagePolicy": {"QueueName": "Q"}},
              {"Ref": "ManagedPolicyParam"},
              {"SomeUnknownPolicyTemplate": {"Key": "Value"}},
              {"SQSSendMessagePolicy": {"QueueName": "Q"}, "Other": 1}
            ]}
            """);

        ShouldEqual(properties["Policies"]!, """
            [
              "AWSLambdaRole",
              {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]},
            """ + QueueStatement + """
            ,
              {"Ref": "ManagedPolicyParam"},
              {"SomeUnknownPolicyTemplate": {"Key": "Value"}},
              {"SQSSendMessagePolicy": {"QueueName": "Q"}, "Other": 1}
            ]
            """);
    }

    [Fact]
    public void A_lone_managed_policy_name_is_also_turned_into_a_list()
    {
        Expand("""{"Policies": "AWSLambdaRole"}""")["Policies"].Should().BeOfType<JArray>().Which.Should().ContainSingle();
    }

    [Theory]
    [InlineData("""{"Policies": []}""")]
    [InlineData("""{"Policies": ""}""")]
    [InlineData("""{"Policies": null}""")]
    [InlineData("""{"Policies": {}}""")]
    [InlineData("""{"Runtime": "python3.12"}""")]
    public void Missing_or_empty_Policies_are_left_alone(string json)
    {
        JToken.DeepEquals(Expand(json), JObject.Parse(json)).Should().BeTrue();
    }

    [Fact]
    public void A_template_under_Fn_If_is_expanded_and_NoValue_kept()
    {
        var properties = Expand("""
            {"Policies": [{"Fn::If": ["IsProd", {"SQSSendMessagePolicy": {"QueueName": "Q"}}, {"Ref": "AWS::NoValue"}]}]}
            """);

        ShouldEqual(properties["Policies"]!, """[{"Fn::If": ["IsProd", """ + QueueStatement + """, {"Ref": "AWS::NoValue"}]}]""");
    }

    [Fact]
    public void Both_branches_of_an_Fn_If_may_be_templates()
    {
        var properties = Expand("""
            {"Policies": [{"Fn::If": ["IsProd", {"Ref": "AWS::NoValue"}, {"LambdaInvokePolicy": {"FunctionName": "F"}}]},
                          {"Fn::If": ["IsProd", {"SQSSendMessagePolicy": {"QueueName": "Q"}}, {"SQSSendMessagePolicy": {"QueueName": "Q"}}]}]}
            """);

        var first = (JArray)properties["Policies"]![0]!["Fn::If"]!;
        ShouldEqual(first[1], """{"Ref": "AWS::NoValue"}""");
        first[2]["Statement"]![0]!["Action"]![0]!.Value<string>().Should().Be("lambda:InvokeFunction");
        ShouldEqual(properties["Policies"]![1]!, """{"Fn::If": ["IsProd", """ + QueueStatement + "," + QueueStatement + "]}");
    }

    [Fact]
    public void An_Fn_If_of_managed_policies_is_kept()
    {
        const string json = """{"Policies": [{"Fn::If": ["C", "AWSLambdaRole", {"Ref": "AWS::NoValue"}]}]}""";

        JToken.DeepEquals(Expand(json), JObject.Parse(json)).Should().BeTrue();
    }

    [Theory]
    [InlineData("\"BadValue\"")]
    [InlineData("null")]
    [InlineData("[{\"FunctionName\": \"F\"}]")]
    public void Values_that_are_not_a_map_are_reported_against_the_resource(string values)
    {
        var act = () => _plugin.ExpandPolicies("MyFunction", JObject.Parse("""{"Policies": {"LambdaInvokePolicy": """ + values + "}}"));

        ErrorOf(act).Should().Be("Resource with id [MyFunction] is invalid. Must specify valid parameter values for policy template 'LambdaInvokePolicy'");
    }

    [Fact]
    public void A_missing_parameter_is_reported_against_the_resource()
    {
        var act = () => _plugin.ExpandPolicies("MyFunction", JObject.Parse("""{"Policies": [{"LambdaInvokePolicy": {"SomeParam": "Value"}}]}"""));

        ErrorOf(act).Should().Be("Resource with id [MyFunction] is invalid. Following required parameters of template 'LambdaInvokePolicy' don't have values: ['FunctionName']");
    }

    [Fact]
    public void A_template_under_Fn_If_is_checked_too()
    {
        var act = () => _plugin.ExpandPolicies("F", JObject.Parse("""{"Policies": [{"Fn::If": ["C", {"Ref": "AWS::NoValue"}, {"LambdaInvokePolicy": "x"}]}]}"""));

        ErrorOf(act).Should().Be("Resource with id [F] is invalid. Must specify valid parameter values for policy template 'LambdaInvokePolicy'");
    }

    [Fact]
    public void An_Fn_If_without_three_arguments_is_a_template_error()
    {
        var act = () => _plugin.ExpandPolicies("F", JObject.Parse("""{"Policies": [{"Fn::If": ["C", {"SQSSendMessagePolicy": {"QueueName": "Q"}}]}]}"""));

        ErrorOf(act).Should().Be("Structure of the SAM template is invalid. Fn::If requires 3 arguments");
    }

    [Fact]
    public void An_Fn_If_mixing_kinds_is_a_template_error()
    {
        var act = () => _plugin.ExpandPolicies("F", JObject.Parse("""{"Policies": [{"Fn::If": ["C", {"SQSSendMessagePolicy": {"QueueName": "Q"}}, "AWSLambdaRole"]}]}"""));

        ErrorOf(act).Should().Be("Structure of the SAM template is invalid. Different policy types within the same Fn::If statement is unsupported. Separate different policy types into different Fn::If statements");
    }

    [Fact]
    public void Every_entry_is_classified_before_any_is_expanded()
    {
        var act = () => _plugin.ExpandPolicies("F", JObject.Parse("""{"Policies": [{"LambdaInvokePolicy": "bad"}, {"Fn::If": ["C"]}]}"""));

        ErrorOf(act).Should().Be("Structure of the SAM template is invalid. Fn::If requires 3 arguments");
    }

    [Fact]
    public void A_template_under_nested_Fn_Ifs_is_reported_as_not_found_as_the_reference_words_it()
    {
        var act = () => _plugin.ExpandPolicies("F", JObject.Parse("""
            {"Policies": [{"Fn::If": ["C", {"Fn::If": ["D", {"SQSSendMessagePolicy": {"QueueName": "Q"}}, {"Ref": "AWS::NoValue"}]}, {"Ref": "AWS::NoValue"}]}]}
            """));

        ErrorOf(act).Should().Be("Resource with id [F] is invalid. Template with name 'Fn::If' is not found");
    }

    [Fact]
    public void Functions_and_state_machines_are_expanded_and_other_types_are_not()
    {
        var context = Context("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Policies: {SQSSendMessagePolicy: {QueueName: Q}}}
              Sm:
                Type: AWS::Serverless::StateMachine
                Properties: {Policies: [SQSSendMessagePolicy: {QueueName: Q}]}
              Api:
                Type: AWS::Serverless::Api
                Properties: {Policies: {SQSSendMessagePolicy: {QueueName: Q}}}
              Raw:
                Type: AWS::IAM::Role
                Properties: {Policies: {SQSSendMessagePolicy: {QueueName: Q}}}
            """);

        ExpandEach(context);

        ShouldEqual(context.Resources["Fn"]!["Properties"]!["Policies"]!, "[" + QueueStatement + "]");
        ShouldEqual(context.Resources["Sm"]!["Properties"]!["Policies"]!, "[" + QueueStatement + "]");
        ShouldEqual(context.Resources["Api"]!["Properties"]!["Policies"]!, """{"SQSSendMessagePolicy": {"QueueName": "Q"}}""");
        ShouldEqual(context.Resources["Raw"]!["Properties"]!["Policies"]!, """{"SQSSendMessagePolicy": {"QueueName": "Q"}}""");
    }

    [Fact]
    public void The_mistakes_of_every_resource_are_reported_together()
    {
        var result = new SamTransformer().Transform("""
            Resources:
              A:
                Type: AWS::Serverless::Function
                Properties: {Handler: h, Runtime: python3.12, InlineCode: x, Policies: {LambdaInvokePolicy: BadValue}}
              B:
                Type: AWS::Serverless::Function
                Properties: {Handler: h, Runtime: python3.12, InlineCode: x, Policies: [LambdaInvokePolicy: {}]}
            """);

        result.Diagnostics.Select(d => d.FullMessage).Should().Equal(
            "Resource with id [A] is invalid. Must specify valid parameter values for policy template 'LambdaInvokePolicy'",
            "Resource with id [B] is invalid. Following required parameters of template 'LambdaInvokePolicy' don't have values: ['FunctionName']");
    }

    [Fact]
    public void An_expanded_document_carries_the_position_of_the_entry_it_replaces()
    {
        var context = Context("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - SQSSendMessagePolicy: {QueueName: Q}
            """);

        ExpandEach(context);

        var span = SamDeploy.Templates.SourceInfo.GetSpan(context.Resources["Fn"]!["Properties"]!["Policies"]![0]);
        span.Should().NotBeNull();
        span!.Line.Should().Be(6);
    }

    [Fact]
    public void The_transform_reports_a_template_mistake_in_the_references_words()
    {
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Policies:
                    LambdaInvokePolicy: [a]
            """);

        result.Success.Should().BeFalse();
        result.ErrorMessage.Should().Be("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [MyFunction] is invalid. Must specify valid parameter values for policy template 'LambdaInvokePolicy'");
    }

    private JObject Expand(string propertiesJson)
    {
        var properties = JObject.Parse(propertiesJson);
        _plugin.ExpandPolicies("MyFunction", properties);
        return properties;
    }

    private void ExpandEach(TransformContext context)
    {
        foreach (var property in context.Resources.Properties())
        {
            _plugin.BeforeResource(new SamResource(property.Name, (JObject)property.Value), context);
        }
    }

    private static TransformContext Context(string yaml)
    {
        var template = TemplateReader.Read(yaml).Template!;
        return new TransformContext(TransformOptions.Default, template, ImmutableDictionary<string, JToken>.Empty, CancellationToken.None);
    }

    private static string ErrorOf(Action act) =>
        act.Should().Throw<SamTemplateException>().Which.Diagnostics.Should().ContainSingle().Which.FullMessage;

    private static void ShouldEqual(JToken actual, string expectedJson)
    {
        var expected = JToken.Parse(expectedJson);
        JToken.DeepEquals(actual, expected).Should().BeTrue("expected {0} but got {1}", expected.ToString(), actual.ToString());
    }
}
