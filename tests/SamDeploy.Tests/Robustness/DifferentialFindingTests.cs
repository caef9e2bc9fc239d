using FluentAssertions;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// Templates on which SamDeploy and aws-sam-translator 1.110.0 disagreed when both were run on generated templates
/// (two of them crashed SamDeploy); the expected messages and resources are the reference's.
/// </summary>
public sealed class DifferentialFindingTests
{
    private const string Prefix = "Invalid Serverless Application Specification document. Number of errors found: 1. ";

    [Fact]
    public void Request_parameters_given_as_a_map_are_walked_as_python_walks_a_map_its_keys()
    {
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyFn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: a.h
                  CodeUri: s3://b/k.zip
                  Events:
                    E1: {Type: Api, Properties: {Path: /a, Method: get, RequestParameters: {a: 1}}}
            """);

        result.ErrorMessage.Should().Be(Prefix + "Resource with id [MyFn] is invalid. Event with id [E1] is invalid. Invalid value for 'RequestParameters' property. Keys must be in the format 'method.request.[querystring|path|header].{value}', e.g 'method.request.header.Authorization'.");
    }

    [Fact]
    public void An_api_auth_that_a_parameter_resolves_to_a_string_is_an_invalid_auth()
    {
        // The corpus harness's options, as the comparison ran: param1 is value1.
        var result = new SamTransformer(RobustTransform.For("aws", "ap-southeast-1")).Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties: {StageName: prod, Auth: {Ref: param1}}
            """);

        result.ErrorMessage.Should().Be(Prefix + "Resource with id [MyApi] is invalid. Invalid value for 'Auth' property");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("''")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void A_falsy_deployment_role_is_no_role(string role)
    {
        var resources = TransformedTemplate.Resources($$$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyFn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k.zip, AutoPublishAlias: live,
                  DeploymentPreference: {Type: AllAtOnce, Role: {{{role}}}}}
            """);

        resources.Should().ContainKey("CodeDeployServiceRole");
        resources["MyFnDeploymentGroup"]!["Properties"]!["ServiceRoleArn"]!.ToString(Newtonsoft.Json.Formatting.None)
            .Should().Be("""{"Fn::GetAtt":["CodeDeployServiceRole","Arn"]}""");
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("1.0")]
    public void A_passthrough_condition_of_zero_or_one_as_a_float_is_a_boolean(string value)
    {
        var result = new SamTransformer().Transform($$$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k.zip, AutoPublishAlias: live,
                  DeploymentPreference: {Type: AllAtOnce, PassthroughCondition: {{{value}}}}}
            """);

        result.Success.Should().BeTrue(result.ErrorMessage);
    }

    [Theory]
    [InlineData("{UpdateRuntimeOn: Auto}", "FnVersion5168f5ed55")]
    [InlineData("{ApplyOn: PublishedVersions}", "FnVersion7a2380b82e")]
    public void A_snap_start_without_apply_on_leaves_the_version_hash_alone(string snapStart, string versionId)
    {
        // The reference reads a missing ApplyOn as "None": SnapStart goes into the version's hash only with another value.
        TransformedTemplate.Resources($$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Handler: index.h, Runtime: java21, InlineCode: x, AutoPublishAlias: live, SnapStart: {{snapStart}}}
            """).Should().ContainKey(versionId);
    }

    [Theory]
    [InlineData("""{"Fn::If": [C1, {Ref: param1}, Active]}""", """{"Fn::If":["C1","value1","Active"]}""")]
    [InlineData("""{"Fn::Sub": "${param1}"}""", """{"Fn::Sub":"value1"}""")]
    [InlineData("""{"Fn::Join": ["", [{Ref: param1}]]}""", """{"Fn::Join":["",["value1"]]}""")]
    [InlineData("""{"Fn::If": [C1, {Ref: "AWS::Region"}, PassThrough]}""", """{"Fn::If":["C1","ap-southeast-1","PassThrough"]}""")]
    [InlineData("{Ref: param1}", """{"Ref":"param1"}""")]
    public void Tracing_comes_out_with_the_parameters_inside_it_resolved(string tracing, string mode)
    {
        // The reference resolves parameters in Tracing in place, so what is inside the value comes out resolved; a Ref
        // that is the whole value is replaced only in the copy it checks for Disabled.
        var resources = TransformedTemplate.Resources($$"""
            Transform: AWS::Serverless-2016-10-31
            Conditions:
              C1: {"Fn::Equals": [a, a]}
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {InlineCode: x, Handler: h, Runtime: python3.12, Tracing: {{tracing}}}
            """, RobustTransform.For("aws", "ap-southeast-1"));

        resources["Fn"]!["Properties"]!["TracingConfig"]!["Mode"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be(mode);
    }

    [Fact]
    public void An_empty_condition_on_a_function_wraps_no_method_in_its_api()
    {
        // The reference wraps a method in Fn::If only when the condition is true to Python; '' is not.
        TransformedTemplate.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn0:
                Type: AWS::Serverless::Function
                Condition: ''
                Properties:
                  Runtime: python3.12
                  Handler: i.h
                  CodeUri: s3://b/k.zip
                  Events:
                    E1: {Type: Api, Properties: {Path: /p0, Method: get}}
            """).Should().ContainKey("ServerlessRestApiDeployment82292390f8");
    }

    [Fact]
    public void A_shared_usage_plan_takes_an_apis_deletion_policy_whatever_its_kind()
    {
        // The reference keeps any true value, an intrinsic too, for the shared usage plan's resources.
        var resources = TransformedTemplate.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              param1: {Type: String}
            Resources:
              MyApi2:
                Type: AWS::Serverless::Api
                DeletionPolicy: {Ref: param1}
                UpdateReplacePolicy: {Ref: param1}
                Properties:
                  StageName: s2
                  DefinitionBody: {swagger: '2.0', paths: {}}
                  Auth: {ApiKeyRequired: true, UsagePlan: {CreateUsagePlan: SHARED}}
            """);

        foreach (var id in new[] { "ServerlessApiKey", "ServerlessUsagePlan", "ServerlessUsagePlanKey" })
        {
            resources[id]!["DeletionPolicy"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"Ref":"param1"}""");
            resources[id]!["UpdateReplacePolicy"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"Ref":"param1"}""");
        }
    }

    [Fact]
    public void A_resource_reference_in_a_sub_is_replaced_wherever_it_occurs_in_the_placeholder()
    {
        // Python's str.replace replaces every occurrence of Fn.Alias in the placeholder, not only the first.
        var template = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: i.h, CodeUri: s3://b/k.zip, AutoPublishAlias: live}
            Outputs:
              O:
                Value: !Sub "${Fn.Alias.Fn.Alias}"
            """).Template!;

        ((string?)template["Outputs"]!["O"]!["Value"]!["Fn::Sub"]).Should().Be("${FnAliaslive.FnAliaslive}");
    }

    [Theory]
    [InlineData("any", "ServerlessRestApiDeployment0a63cc6227")]
    [InlineData("ANY", "ServerlessRestApiDeployment0a63cc6227")]
    [InlineData("x-amazon-apigateway-any-method", "ServerlessRestApiDeploymentf78243e2ed")]
    [InlineData("X-AMAZON-APIGATEWAY-ANY-METHOD", "ServerlessRestApiDeploymentf78243e2ed")]
    public void Only_any_becomes_the_references_own_any_method_key(string method, string deployment)
    {
        // The reference swaps only 'any' for its constant; the any-method spelled out is the template's string lowered,
        // printed u'...' in the text the deployment id hashes. Ids computed by aws-sam-translator 1.110.0.
        TransformedTemplate.Resources($$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn0:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: i.h
                  CodeUri: s3://b/k.zip
                  Events:
                    E0:
                      Type: Api
                      Properties:
                        Path: /x
                        Method: {{method}}
            """, RobustTransform.For("aws", "ap-southeast-1")).Should().ContainKey(deployment);
    }

    [Theory]
    [InlineData("'abc'", "Api0Deploymentf76f6a2eae")]
    [InlineData("'5'", "Api0Deployment3c7a7c2e0a")]
    [InlineData("{'Fn::Sub': x}", "Api0Deploymentf0d1a2cf8c")]
    [InlineData("null", "Api0Deployment1313454a77")]
    [InlineData("'é😀x'", "Api0Deployment9b168028e4")]
    public void An_intrinsic_vpc_list_that_is_not_a_list_is_extended_as_python_extends_a_list(string value, string deployment)
    {
        // The reference does condition.setdefault(key, []).extend(value): a string adds its characters (plain strings,
        // so the deployment id's text has '5' where the template string would print u'5'), a map its keys, None nothing.
        // Ids computed by aws-sam-translator 1.110.0.
        TransformedTemplate.Resources($$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Auth:
                    ResourcePolicy:
                      IntrinsicVpceWhitelist: {{value}}
              Fn1:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: i.h
                  CodeUri: s3://b/k.zip
                  Events:
                    E1:
                      Type: Api
                      Properties:
                        Path: /a
                        Method: get
                        RestApiId: !Ref Api0
            """, RobustTransform.For("aws", "ap-southeast-1")).Should().ContainKey(deployment);
    }

    [Fact]
    public void A_request_parameter_item_is_checked_by_its_first_key_in_python_order()
    {
        // The reference reads next(iter(parameter.items())); in Python 2.7 order EnableSimpleResponses comes first here.
        var result = new SamTransformer(RobustTransform.For("aws", "ap-southeast-1")).Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn1:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: i.h
                  CodeUri: s3://b/k.zip
                  Events:
                    E0:
                      Type: Api
                      Properties:
                        Path: /a
                        Method: get
                        RequestParameters:
                        - method.request.header.C:
                            Caching: false
                          EnableSimpleResponses: 1
            """);

        result.ErrorMessage.Should().Be(Prefix + "Resource with id [Fn1] is invalid. Event with id [E0] is invalid. Invalid value for 'RequestParameters' property. Keys must be in the format 'method.request.[querystring|path|header].{value}', e.g 'method.request.header.Authorization'.");
    }
}
