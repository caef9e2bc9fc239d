using FluentAssertions;
using SamDeploy.Resources.Events.Push;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class LambdaPermissionTests
{
    [Theory]
    [InlineData("FnEvt", "", "FnEvtPermission")]
    [InlineData("FnEvt", "Prod", "FnEvtPermissionProd")]
    [InlineData("FnEvt", "$default", "FnEvtPermission7a8efd1328")]
    public void Logical_id_appends_an_alphanumeric_suffix_and_hashes_any_other(string prefix, string suffix, string expected) =>
        LambdaPermissionBuilder.LogicalIdFor(prefix, suffix).Should().Be(expected);

    [Fact]
    public void An_alias_is_invoked_by_its_ref_and_shares_the_function_condition()
    {
        var resources = PushHarness.Resources("""
            Conditions:
              C: !Equals [a, a]
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Condition: C
                Properties:
                  InlineCode: x
                  Handler: index.handler
                  Runtime: python3.12
                  AutoPublishAlias: live
                  Events:
                    Skill:
                      Type: AlexaSkill
            """);

        resources["FnSkillPermission"].ShouldBeJson("""
            {"Type": "AWS::Lambda::Permission", "Condition": "C",
             "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "FnAliaslive"}, "Principal": "alexa-appkit.amazon.com"}}
            """);
    }
}
