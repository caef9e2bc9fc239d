using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.HttpApi;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.HttpApi;

public class OpenApiEditorTests
{
    [Fact]
    public void Adding_a_route_normalises_the_method_and_keeps_existing_methods()
    {
        var editor = new OpenApiEditor(OpenApiEditor.Skeleton());
        editor.AddPath("/items", "GET");
        editor.AddPath("/items", "ANY");
        editor.AddPath("/items", "get");
        var paths = editor.Document["paths"]!;
        ((JObject)paths["/items"]!).Properties().Select(p => p.Name).Should().Equal("get", "x-amazon-apigateway-any-method");
    }

    [Fact]
    public void A_conditional_integration_wraps_the_uri_and_the_method()
    {
        var editor = new OpenApiEditor(OpenApiEditor.Skeleton());
        editor.AddLambdaIntegration("/items", "get", new JObject { ["Fn::Sub"] = "${Fn.Arn}" }, "IsProd");
        var method = editor.Document["paths"]!["/items"]!["get"]!;
        method["Fn::If"]![0]!.ToString().Should().Be("IsProd");
        method["Fn::If"]![1]!["x-amazon-apigateway-integration"]!["uri"]!["Fn::If"]![0]!.ToString().Should().Be("IsProd");
        method["Fn::If"]![2]!["Ref"]!.ToString().Should().Be("AWS::NoValue");
    }

    [Fact]
    public void The_default_route_integration_is_recognised_for_its_function_only()
    {
        var editor = new OpenApiEditor(OpenApiEditor.Skeleton());
        editor.AddLambdaIntegration("$default", "x-amazon-apigateway-any-method", new JObject { ["Fn::Sub"] = "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${MyFunction.Arn}/invocations" }, null);
        editor.IsIntegrationOfFunction("$default", "any", "MyFunction").Should().BeTrue();
        editor.IsIntegrationOfFunction("$default", "any", "Other").Should().BeFalse();
    }

    [Theory]
    [InlineData("/items/{id}", "/items/*")]
    [InlineData("/{proxy+}", "/*")]
    [InlineData("/a/{b.c-d}/e", "/a/*/e")]
    public void Permission_paths_replace_parameters_with_a_wildcard(string path, string expected) =>
        SamDeploy.Resources.Api.ApiPaths.HttpParametersAsWildcards(path).Should().Be(expected);

    [Fact]
    public void A_document_without_openapi_3_is_rejected_with_the_reference_text()
    {
        var act = () => new OpenApiEditor(new JObject { ["swagger"] = "2.0", ["paths"] = new JObject() });
        act.Should().Throw<SamTemplateException>().Which.Diagnostics[0].FullMessage
            .Should().Be("Structure of the SAM template is invalid. Invalid OpenApi document. Invalid values or missing keys for 'openapi' or 'paths' in 'DefinitionBody'.");
    }

    [Theory]
    [InlineData("$default", "MyApiApiGatewayDefaultStage")]
    [InlineData("Prod", "MyApiProdStage")]
    [InlineData("my-stage", "MyApiStagea9d64949ee")]
    public void Stage_logical_ids(string stageName, string expected) =>
        HttpStageBuilder.LogicalIdFor("MyApi", stageName).Should().Be(expected);

    [Fact]
    public void An_intrinsic_stage_name_gives_the_plain_stage_id() =>
        HttpStageBuilder.LogicalIdFor("MyApi", new JObject { ["Ref"] = "StageParam" }).Should().Be("MyApiStage");
}
