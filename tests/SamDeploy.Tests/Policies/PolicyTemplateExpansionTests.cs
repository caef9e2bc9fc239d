using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function.Policies;
using Xunit;

namespace SamDeploy.Tests.Policies;

public class PolicyTemplateExpansionTests
{
    private static readonly PolicyTemplateCatalog Catalog = PolicyTemplateCatalog.Default;

    [Fact]
    public void A_string_value_goes_into_the_Sub_variable_map()
    {
        var document = Catalog.Expand("SQSPollerPolicy", JObject.Parse("""{"QueueName": "MyQueue"}"""));

        ShouldEqual(document, """
            {"Statement": [{
              "Action": ["sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage",
                         "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"],
              "Effect": "Allow",
              "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}",
                                       {"queueName": "MyQueue"}]}
            }]}
            """);
    }

    [Fact]
    public void An_intrinsic_value_is_copied_as_written_into_every_place_it_is_used()
    {
        var document = Catalog.Expand("DynamoDBCrudPolicy", JObject.Parse("""{"TableName": {"Fn::Sub": ["Some${v}", {"v": {"Ref": "Env"}}]}}"""));

        var statement = (JObject)document["Statement"]![0]!;
        var resources = (JArray)statement["Resource"]!;
        resources.Should().HaveCount(2);
        ShouldEqual(resources[0]["Fn::Sub"]![1]!["tableName"]!, """{"Fn::Sub": ["Some${v}", {"v": {"Ref": "Env"}}]}""");
        ShouldEqual(resources[1]["Fn::Sub"]![1]!["tableName"]!, """{"Fn::Sub": ["Some${v}", {"v": {"Ref": "Env"}}]}""");
        resources[0]["Fn::Sub"]![0]!.Value<string>().Should().Be("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}");
    }

    [Fact]
    public void A_value_that_refers_to_a_stack_parameter_named_like_the_template_parameter_is_not_substituted_again()
    {
        var value = JObject.Parse("""{"TableName": {"Fn::ImportValue": {"Fn::Join": ["-", [{"Ref": "TableName"}, "hello"]]}}}""");

        var document = Catalog.Expand("DynamoDBReadPolicy", value);

        var tableName = document["Statement"]![0]!["Resource"]![0]!["Fn::Sub"]![1]!["tableName"]!;
        ShouldEqual(tableName, """{"Fn::ImportValue": {"Fn::Join": ["-", [{"Ref": "TableName"}, "hello"]]}}""");
    }

    [Fact]
    public void Values_for_names_the_template_does_not_declare_are_ignored()
    {
        var withExtras = Catalog.Expand("LambdaInvokePolicy", JObject.Parse("""{"FunctionName": "f", "Extra": "x", "functionName": "y"}"""));
        var plain = Catalog.Expand("LambdaInvokePolicy", JObject.Parse("""{"FunctionName": "f"}"""));

        JToken.DeepEquals(withExtras, plain).Should().BeTrue();
        withExtras.ToString().Should().NotContain("\"x\"").And.NotContain("\"y\"");
    }

    [Fact]
    public void A_template_without_parameters_takes_an_empty_map_and_ignores_extra_values()
    {
        var expected = new JObject(new JProperty("Statement", Catalog.TryGet("CloudWatchPutMetricPolicy", out var template) ? template.Statement : null));

        JToken.DeepEquals(Catalog.Expand("CloudWatchPutMetricPolicy", new JObject()), expected).Should().BeTrue();
        JToken.DeepEquals(Catalog.Expand("CloudWatchPutMetricPolicy", JObject.Parse("""{"Any": "x"}""")), expected).Should().BeTrue();
    }

    [Fact]
    public void A_null_value_replaces_the_reference_with_null()
    {
        var document = Catalog.Expand("SQSSendMessagePolicy", JObject.Parse("""{"QueueName": null}"""));

        document["Statement"]![0]!["Resource"]!["Fn::Sub"]![1]!["queueName"]!.Type.Should().Be(JTokenType.Null);
    }

    [Fact]
    public void A_CloudFormation_cross_stack_placeholder_is_left_as_the_private_reference()
    {
        var document = Catalog.Expand("SQSSendMessagePolicy", JObject.Parse("""{"QueueName": "{{IntrinsicFunction:api/Stack.Outputs.Q/Fn::GetAtt}}"}"""));

        ShouldEqual(document["Statement"]![0]!["Resource"]!["Fn::Sub"]![1]!["queueName"]!, """{"Ref": "___SAM_POLICY_PARAMETER_QueueName"}""");
    }

    [Fact]
    public void Sub_strings_are_not_substituted_only_Ref_is()
    {
        var catalog = PolicyTemplateCatalog.Parse("""
            FormatVersion: 1
            Templates:
              Custom:
                Parameters: [Name]
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: !Sub arn:aws:s3:::${Name}/*
                    Condition: !Ref Name
            """);

        var document = catalog.Expand("Custom", JObject.Parse("""{"Name": "bucket"}"""));

        document["Statement"]![0]!["Resource"]!["Fn::Sub"]!.Value<string>().Should().Be("arn:aws:s3:::${Name}/*");
        document["Statement"]![0]!["Condition"]!.Value<string>().Should().Be("bucket");
    }

    [Fact]
    public void Expanding_never_changes_the_catalogue()
    {
        var first = Catalog.Expand("S3ReadPolicy", JObject.Parse("""{"BucketName": "one"}"""));
        var second = Catalog.Expand("S3ReadPolicy", JObject.Parse("""{"BucketName": "two"}"""));

        first.ToString().Should().Contain("one").And.NotContain("two");
        second.ToString().Should().Contain("two").And.NotContain("one");
        Catalog.TryGet("S3ReadPolicy", out var template).Should().BeTrue();
        template!.Statement.ToString().Should().Contain("\"Ref\": \"BucketName\"");
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("[\"a\"]")]
    [InlineData("3")]
    public void Values_that_are_not_a_map_are_invalid(string values)
    {
        var act = () => Catalog.Expand("LambdaInvokePolicy", JToken.Parse(values));

        act.Should().Throw<PolicyTemplateException>()
            .Where(e => e.Kind == PolicyTemplateErrorKind.InvalidParameterValues)
            .WithMessage("Parameter values are required to process a policy template");
    }

    [Fact]
    public void A_missing_parameter_is_named_in_a_Python_style_list()
    {
        var act = () => Catalog.Expand("LambdaInvokePolicy", JObject.Parse("""{"SomeParam": "Value"}"""));

        act.Should().Throw<PolicyTemplateException>()
            .Where(e => e.Kind == PolicyTemplateErrorKind.MissingParameterValues)
            .Which.Message.Should().Be("Following required parameters of template 'LambdaInvokePolicy' don't have values: ['FunctionName']");
    }

    [Fact]
    public void Several_missing_parameters_are_listed_in_the_templates_order()
    {
        var act = () => Catalog.Expand("DynamoDBStreamReadPolicy", new JObject());

        act.Should().Throw<PolicyTemplateException>()
            .Which.Message.Should().Be("Following required parameters of template 'DynamoDBStreamReadPolicy' don't have values: ['StreamName', 'TableName']");
    }

    [Fact]
    public void Parameter_names_are_case_sensitive()
    {
        var act = () => Catalog.Expand("LambdaInvokePolicy", JObject.Parse("""{"functionname": "f"}"""));

        act.Should().Throw<PolicyTemplateException>().Where(e => e.Kind == PolicyTemplateErrorKind.MissingParameterValues);
    }

    [Fact]
    public void An_unknown_template_is_not_found()
    {
        var act = () => Catalog.Expand("NoSuchPolicy", new JObject());

        act.Should().Throw<PolicyTemplateException>()
            .Where(e => e.Kind == PolicyTemplateErrorKind.NotFound)
            .WithMessage("Template with name 'NoSuchPolicy' is not found");
    }

    [Fact]
    public void A_value_that_contains_a_reference_to_its_own_private_name_is_an_error_not_an_endless_loop()
    {
        var act = () => Catalog.Expand("SQSSendMessagePolicy", JObject.Parse("""{"QueueName": {"a": {"Ref": "___SAM_POLICY_PARAMETER_QueueName"}}}"""));

        act.Should().Throw<PolicyTemplateException>().Where(e => e.Kind == PolicyTemplateErrorKind.InvalidParameterValues);
    }

    [Fact]
    public void The_catalogue_holds_every_template_once()
    {
        Catalog.Templates.Should().HaveCount(81);
        Catalog.Templates.Select(t => t.Name).Should().OnlyHaveUniqueItems();
        Catalog.Contains("DynamoDBCrudPolicy").Should().BeTrue();
        Catalog.Contains("dynamodbcrudpolicy").Should().BeFalse();
    }

    [Theory]
    [InlineData("FormatVersion: 2\nTemplates: {A: {Parameters: [], Statement: [{Effect: Allow}]}}")]
    [InlineData("FormatVersion: 1\nTemplates: {A: {Parameters: [P], Statement: [{Effect: Allow}]}}")]
    [InlineData("FormatVersion: 1\nTemplates: {A: {Parameters: [], Statement: [{Effect: !Ref P}]}}")]
    [InlineData("FormatVersion: 1\nTemplates: {A: {Parameters: [], Statement: [{Effect: true}]}}")]
    [InlineData("FormatVersion: 1\nTemplates: {A: {Parameters: [P, P], Statement: [{Effect: !Ref P}]}}")]
    [InlineData("FormatVersion: 1\nTemplates: {A: {Parameters: [], Statement: []}}")]
    public void A_catalogue_that_breaks_the_format_does_not_load(string yaml)
    {
        var act = () => PolicyTemplateCatalog.Parse(yaml);

        act.Should().Throw<InvalidDataException>();
    }

    private static void ShouldEqual(JToken actual, string expectedJson)
    {
        var expected = JToken.Parse(expectedJson);
        JToken.DeepEquals(actual, expected).Should().BeTrue("expected {0} but got {1}", expected.ToString(), actual.ToString());
    }
}
