using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class CognitoEventSourceTests
{
    private const string Pool = "Pool:\n  Type: AWS::Cognito::UserPool\n  Properties: {UserPoolName: p}";

    [Fact]
    public void The_pool_gets_the_function_as_each_trigger_and_a_permission_named_after_the_function()
    {
        var resources = PushHarness.Resources(PushHarness.Template(
            """
            Triggers:
              Type: Cognito
              Properties: {UserPool: !Ref Pool, Trigger: [PreSignUp, PostConfirmation]}
            """,
            Pool));

        resources["FnCognitoPermission"].ShouldBeJson("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"},
             "Principal": "cognito-idp.amazonaws.com", "SourceArn": {"Fn::GetAtt": ["Pool", "Arn"]}}}
            """);
        resources["Pool"].ShouldBeJson("""
            {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolName": "p", "LambdaConfig": {
              "PreSignUp": {"Fn::GetAtt": ["Fn", "Arn"]}, "PostConfirmation": {"Fn::GetAtt": ["Fn", "Arn"]}}}}
            """);
    }

    [Fact]
    public void A_trigger_can_be_set_once() =>
        PushHarness.Error(PushHarness.Template(
            """
            One:
              Type: Cognito
              Properties: {UserPool: !Ref Pool, Trigger: PreSignUp}
            Two:
              Type: Cognito
              Properties: {UserPool: !Ref Pool, Trigger: [PreSignUp]}
            """,
            Pool)).Should().Be("Resource with id [Fn] is invalid. Event with id [Two] is invalid. Cognito trigger \"['PreSignUp']\" defined multiple times.");

    [Theory]
    [InlineData("UserPool: !Ref Elsewhere, Trigger: PreSignUp", "Resource with id [Fn] is invalid. Event with id [Triggers] is invalid. Cognito events must reference a Cognito UserPool in the same template.")]
    [InlineData("UserPool: {Ref: [Pool]}, Trigger: PreSignUp", "Resource with id [Fn] is invalid. Event with id [FnTriggers] is invalid. Ref in Userpool is not a string.")]
    [InlineData("UserPool: !Ref Pool, Trigger: {Ref: X}", "Resource with id [FnTriggers] is invalid. Type of property 'Trigger' is invalid.")]
    public void The_pool_must_be_a_ref_to_a_template_resource(string properties, string message) =>
        PushHarness.Error(PushHarness.Template(
            $$"""
            Triggers:
              Type: Cognito
              Properties: {{{properties}}}
            """,
            Pool)).Should().Be(message);

    [Fact]
    public void The_pool_LambdaConfig_must_be_a_map() =>
        PushHarness.Error(PushHarness.Template(
            """
            Triggers:
              Type: Cognito
              Properties: {UserPool: !Ref Pool, Trigger: PreSignUp}
            """,
            "Pool:\n  Type: AWS::Cognito::UserPool\n  Properties: {LambdaConfig: x}")).Should().Be("Resource with id [Pool] is invalid. Property 'LambdaConfig' should be a map.");
}
