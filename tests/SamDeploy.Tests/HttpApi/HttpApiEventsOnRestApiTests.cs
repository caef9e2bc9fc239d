using FluentAssertions;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.HttpApi;

/// <summary>
/// HttpApi events that name a REST API (<c>AWS::Serverless::Api</c>) as their ApiId write their routes into its
/// definition, whose deployment id hashes the definition's Python text: the OpenAPI editor must build its maps as
/// Python 2.7 maps, copy the document as Python does and keep the template's strings apart. Ids pinned against
/// aws-sam-translator 1.110.0 run on the same templates.
/// </summary>
public class HttpApiEventsOnRestApiTests
{
    [Fact]
    public void The_default_route_and_a_route_with_path_parameters_give_the_reference_deployment_id()
    {
        var resources = TransformedTemplate.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Default:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                    Orders:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /orders/{id}
                        Method: GET
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  DefinitionBody:
                    openapi: '3.0'
                    info:
                      title: orders
                    paths: {}
            """);

        resources.Should().ContainKey("ApiDeploymentd6811f45e6");
    }

    [Fact]
    public void A_conditional_alias_route_with_timeout_and_payload_version_gives_the_reference_deployment_id()
    {
        var resources = TransformedTemplate.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Conditions:
              Enabled: !Equals [a, a]
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Condition: Enabled
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.handler
                  Runtime: python3.12
                  AutoPublishAlias: live
                  Events:
                    Orders:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /orders/{id}/{item}
                        Method: POST
                        TimeoutInMillis: 5000
                        PayloadFormatVersion: '1.0'
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  DefinitionBody:
                    openapi: '3.0'
                    info:
                      title: orders
                    paths:
                      /orders/{id}/{item}:
                        post:
                          parameters:
                            - name: id
                              in: query
            """);

        resources.Should().ContainKey("ApiDeploymentd2fb0e0caa");
    }

    [Fact]
    public void Routes_with_auth_none_scopes_and_the_default_authorizer_give_the_reference_deployment_id()
    {
        var resources = TransformedTemplate.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Authorizer:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/auth.zip
                  Handler: auth.handler
                  Runtime: python3.12
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Open:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /open
                        Method: get
                        Auth:
                          Authorizer: NONE
                    Scoped:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /scoped
                        Method: get
                        Auth:
                          Authorizer: Other
                          AuthorizationScopes: [s1, s2]
                    Default:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /default
                        Method: post
                        Auth:
                          AuthorizationScopes: [x]
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Auth:
                    DefaultAuthorizer: Main
                    Authorizers:
                      Main:
                        FunctionArn: !GetAtt Authorizer.Arn
                      Other:
                        FunctionArn: !GetAtt Authorizer.Arn
                        FunctionPayloadType: REQUEST
                        Identity:
                          Headers: [Authorization]
                  DefinitionBody:
                    openapi: '3.0'
                    info:
                      title: orders
                    paths: {}
            """);

        resources.Should().ContainKey("ApiDeploymentaeb8be5474");
    }
}
