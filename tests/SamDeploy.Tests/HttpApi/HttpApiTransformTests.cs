using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.HttpApi;

/// <summary>Ids, routes and error texts of the HTTP API, pinned against aws-sam-translator 1.110.0.</summary>
public class HttpApiTransformTests
{
    private const string ImplicitApi = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          MyFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: python3.12
              CodeUri: s3://bucket/key
              Events:
                Default:
                  Type: HttpApi
                Items:
                  Type: HttpApi
                  Properties:
                    Path: /items/{id}/
                    Method: GET
                    RouteSettings:
                      ThrottlingBurstLimit: 10
        """;

    [Fact]
    public void Events_without_ApiId_create_the_implicit_api_and_its_default_stage()
    {
        var resources = TransformedTemplate.Resources(ImplicitApi);
        resources["ServerlessHttpApi"]!["Type"]!.ToString().Should().Be("AWS::ApiGatewayV2::Api");
        var stage = resources["ServerlessHttpApiApiGatewayDefaultStage"]!["Properties"]!;
        stage["StageName"]!.ToString().Should().Be("$default");
        stage["AutoDeploy"]!.Value<bool>().Should().BeTrue();
        stage["Tags"]!["httpapi:createdBy"]!.ToString().Should().Be("SAM");
        stage["RouteSettings"]!["GET /items/{id}/"]!["ThrottlingBurstLimit"]!.Value<int>().Should().Be(10);
    }

    [Fact]
    public void The_default_route_permission_covers_the_other_routes_of_the_function()
    {
        var resources = TransformedTemplate.Resources(ImplicitApi);
        var permission = resources["MyFunctionDefaultPermission"]!["Properties"]!;
        permission["SourceArn"]!["Fn::Sub"]![0]!.ToString()
            .Should().Be("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/*");
        permission["SourceArn"]!["Fn::Sub"]![1]!["__ApiId__"]!["Ref"]!.ToString().Should().Be("ServerlessHttpApi");
        resources.Should().NotContainKey("MyFunctionItemsPermission");
    }

    [Fact]
    public void Events_add_routes_with_a_payload_2_integration_and_path_parameters()
    {
        var paths = TransformedTemplate.Resources(ImplicitApi)["ServerlessHttpApi"]!["Properties"]!["Body"]!["paths"]!;
        var defaultRoute = paths["$default"]!["x-amazon-apigateway-any-method"]!;
        defaultRoute["isDefaultRoute"]!.Value<bool>().Should().BeTrue();
        var integration = paths["/items/{id}/"]!["get"]!["x-amazon-apigateway-integration"]!;
        integration["type"]!.ToString().Should().Be("aws_proxy");
        integration["payloadFormatVersion"]!.ToString().Should().Be("2.0");
        integration["uri"]!["Fn::Sub"]!.ToString()
            .Should().Be("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${MyFunction.Arn}/invocations");
        var parameter = paths["/items/{id}/"]!["get"]!["parameters"]![0]!;
        parameter["name"]!.ToString().Should().Be("id");
        parameter["in"]!.ToString().Should().Be("path");
    }

    [Fact]
    public void A_route_permission_names_the_method_and_the_path_without_trailing_slash()
    {
        const string template = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  CodeUri: s3://bucket/key
                  AutoPublishAlias: live
                  Events:
                    Proxy:
                      Type: HttpApi
                      Properties:
                        Path: /items/{proxy+}/
                        Method: post
            """;
        var resources = TransformedTemplate.Resources(template);
        var permission = resources["MyFunctionProxyPermission"]!["Properties"]!;
        permission["FunctionName"]!["Ref"]!.ToString().Should().Be("MyFunctionAliaslive");
        permission["SourceArn"]!["Fn::Sub"]![0]!.ToString()
            .Should().Be("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/POST/items/*");
        resources["ServerlessHttpApi"]!["Properties"]!["Body"]!["paths"]!["/items/{proxy+}/"]!["post"]!["x-amazon-apigateway-integration"]!["uri"]!["Fn::Sub"]!
            .ToString().Should().Contain("${MyFunctionAliaslive}");
    }

    [Theory]
    [InlineData("Prod", "MyApiProdStage")]
    [InlineData("my-stage", "MyApiStagea9d64949ee")]
    public void Named_stages_get_the_reference_logical_ids(string stageName, string expected)
    {
        var template = $$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  StageName: {{stageName}}
                  Tags:
                    team: web
              MyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  CodeUri: s3://bucket/key
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref MyApi
                        Path: /
                        Method: get
            """;
        var resources = TransformedTemplate.Resources(template);
        var stage = resources[expected]!["Properties"]!;
        stage["StageName"]!.ToString().Should().Be(stageName);
        stage["Tags"]!["team"]!.ToString().Should().Be("web");
        stage["Tags"]!["httpapi:createdBy"]!.ToString().Should().Be("SAM");
        var tags = (JArray)resources["MyApi"]!["Properties"]!["Body"]!["tags"]!;
        tags.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(
        """
        Events:
          Api:
            Type: HttpApi
            Properties:
              Path: /basic
        """,
        "Resource with id [MyFunction] is invalid. Event with id [Api] is invalid. Property 'Method' is required.")]
    [InlineData(
        """
        Events:
          Api:
            Type: HttpApi
            Properties:
              ApiId: !Ref Missing
        """,
        "Resource with id [MyFunction] is invalid. Event with id [Api] is invalid. ApiId must be a valid reference to an 'AWS::Serverless::HttpApi' resource in same template.")]
    [InlineData(
        """
        Events:
          Api:
            Type: HttpApi
          Api2:
            Type: HttpApi
        """,
        "Resource with id [MyFunction] is invalid. Event with id [Api2] is invalid. API method 'x-amazon-apigateway-any-method' defined multiple times for path '$default'.")]
    [InlineData(
        """
        Events:
          Api:
            Type: HttpApi
            Properties:
              Auth:
                Authorizer: NONE
        """,
        "Resource with id [MyFunction] is invalid. Event with id [Api] is invalid. Unable to set Authorizer on API method [x-amazon-apigateway-any-method] for path [$default] because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified.")]
    public void Event_mistakes_get_the_reference_error_texts(string events, string expected)
    {
        var template = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  CodeUri: s3://bucket/key

            """ + string.Join("\n", events.Split('\n').Select(l => "      " + l));
        var result = new SamTransformer().Transform(template);
        result.ErrorMessage.Should().Contain(expected);
    }

    [Theory]
    [InlineData("DefinitionUri: s3://bucket/key\n      Tags:\n        a: b", "Resource with id [MyApi] is invalid. Tags works only with inline OpenApi specified in the 'DefinitionBody' property.")]
    [InlineData("CorsConfiguration:\n        AllowOrigin: x", "Resource with id [MyApi] is invalid. Invalid key 'AllowOrigin' for 'Cors' property.")]
    [InlineData("Domain:\n        DomainName: example.com", "Resource with id [MyApi] is invalid. Custom Domains only works if both DomainName and CertificateArn are provided.")]
    [InlineData("Auth:\n        DefaultAuthorizer: Missing\n        Authorizers:\n          Jwt:\n            JwtConfiguration: {issuer: x}\n            IdentitySource: $request.header.Authorization", "Resource with id [MyApi] is invalid. Unable to set DefaultAuthorizer because 'Missing' was not defined in 'Authorizers'.")]
    public void Api_mistakes_get_the_reference_error_texts(string properties, string expected)
    {
        var template = $$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  {{properties}}
            """;
        var result = new SamTransformer().Transform(template);
        result.ErrorMessage.Should().Contain(expected);
    }

    [Fact]
    public void An_event_whose_auth_fails_leaves_no_half_made_route_behind()
    {
        // Events edit SAM's HTTP API definition in place; the reference edits a copy, which a failure drops, so First
        // (after Second, in document order) adds the route without a "defined multiple times" error.
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Second:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.second
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /items
                        Method: get
                        Auth:
                          Authorizer: Missing
              First:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.first
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /items
                        Method: get
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Real:
                        IdentitySource: "$request.header.Authorization"
                        JwtConfiguration:
                          issuer: https://example.com
                          audience: [a]
            """);

        result.ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Second] is invalid. Event with id [Get] is invalid. Unable to set Authorizer [Missing] on API method [get] for path [/items] because it wasn't defined in the API's Authorizers.");
    }
}
