using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class SimplePushEventSourceTests
{
    [Fact]
    public void AlexaSkill_passes_the_skill_id_as_the_event_source_token()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Skill:
              Type: AlexaSkill
              Properties: {SkillId: amzn1.ask.skill.1}
            """));

        resources["FnSkillPermission"].ShouldBeJson("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"},
             "Principal": "alexa-appkit.amazon.com", "EventSourceToken": "amzn1.ask.skill.1"}}
            """);
    }

    [Fact]
    public void IoTRule_creates_a_topic_rule_and_a_permission_scoped_to_it_in_the_partition()
    {
        var resources = PushHarness.Resources(
            PushHarness.Template("""
                Rule:
                  Type: IoTRule
                  Properties: {Sql: SELECT * FROM 'a', AwsIotSqlVersion: '2016-03-23'}
                """),
            region: "cn-north-1");

        resources["FnRulePermission"]!["Properties"].ShouldBeJson("""
            {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"}, "Principal": "iot.amazonaws.com",
             "SourceAccount": {"Fn::Sub": "${AWS::AccountId}"},
             "SourceArn": {"Fn::Sub": ["arn:aws-cn:iot:${AWS::Region}:${AWS::AccountId}:rule/${RuleName}", {"RuleName": {"Ref": "FnRule"}}]}}
            """);
        resources["FnRule"].ShouldBeJson("""
            {"Type": "AWS::IoT::TopicRule", "Properties": {"TopicRulePayload": {"Sql": "SELECT * FROM 'a'", "RuleDisabled": false,
             "Actions": [{"Lambda": {"FunctionArn": {"Fn::GetAtt": ["Fn", "Arn"]}}}], "AwsIotSqlVersion": "2016-03-23"}}}
            """);
    }

    [Fact]
    public void CloudWatchLogs_subscribes_the_function_after_its_permission()
    {
        var resources = PushHarness.Resources(PushHarness.Template("""
            Logs:
              Type: CloudWatchLogs
              Properties: {LogGroupName: group, FilterPattern: ERROR}
            """));

        resources["FnLogsPermission"]!["Properties"]!["SourceArn"].ShouldBeJson("""
            {"Fn::Sub": ["arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:${__LogGroupName__}:*", {"__LogGroupName__": "group"}]}
            """);
        resources["FnLogs"].ShouldBeJson("""
            {"Type": "AWS::Logs::SubscriptionFilter", "DependsOn": ["FnLogsPermission"], "Properties": {
              "LogGroupName": "group", "FilterPattern": "ERROR", "DestinationArn": {"Fn::GetAtt": ["Fn", "Arn"]}}}
            """);
    }

    [Fact]
    public void CloudWatchLogs_needs_a_filter_pattern() =>
        PushHarness.Error(PushHarness.Template("""
            Logs:
              Type: CloudWatchLogs
              Properties: {LogGroupName: group}
            """)).Should().Be("Resource with id [FnLogs] is invalid. Missing required property 'FilterPattern'.");
}
