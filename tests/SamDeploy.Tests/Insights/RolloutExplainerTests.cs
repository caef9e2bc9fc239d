using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Insights.Rollout;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>Hooks, alarms, rollback events and durations of a rollout plan, and its JSON.</summary>
public class RolloutExplainerTests
{
    private const string Preference = """
        Type: Canary10Percent5Minutes
        Alarms:
          - !Ref ErrorsAlarm
          - latency-alarm
        Hooks:
          PreTraffic: !Ref PreHook
          PostTraffic: !Ref PostHook
        """;

    private static readonly string Resources =
        InsightTemplates.Hook("PreHook", "CodeDeployHook_pre", extra: "    Timeout: 30\n    DeploymentPreference:\n      Enabled: false\n")
        + InsightTemplates.Hook("PostHook", "CodeDeployHook_post", extra: "    DeploymentPreference:\n      Enabled: false\n")
        + "ErrorsAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    MetricName: Errors\n    Namespace: AWS/Lambda\n    Statistic: Sum\n    Period: 60\n    EvaluationPeriods: 1\n    Threshold: 0\n    ComparisonOperator: GreaterThanThreshold\n";

    [Fact]
    public void The_plan_names_hooks_with_their_timeouts_alarms_and_rollback_events()
    {
        var plan = TimelineTests.Explain(InsightTemplates.WithPreference(Preference, Resources)).Single();

        plan.FunctionLogicalId.Should().Be("Fn");
        plan.AliasName.Should().Be("live");
        plan.DeploymentGroupLogicalId.Should().Be("FnDeploymentGroup");
        plan.PreTrafficHook.Should().Be(new HookPlan("PreTraffic", "Ref PreHook", "PreHook", 30));
        plan.PostTrafficHook.Should().Be(new HookPlan("PostTraffic", "Ref PostHook", "PostHook", 3));
        plan.Alarms.Should().Equal("Ref ErrorsAlarm", "latency-alarm");
        plan.RollbackEvents.Should().Equal("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_STOP_ON_REQUEST");
        plan.BakeMinutes.Should().Be(5);
        plan.ShiftMinutes.Should().Be(5);
        plan.MinutesWithHookTimeouts.Should().Be(5.55);
        plan.WorstCaseMinutes.Should().Be(125);
    }

    [Fact]
    public void A_Globals_timeout_and_preference_are_taken_as_the_transform_merges_them()
    {
        const string globals = "Globals:\n  Function:\n    Timeout: 120\n";
        var template = InsightTemplates.WithPreference("Type: Linear10PercentEvery1Minute\nHooks:\n  PreTraffic: !Ref PreHook\n", InsightTemplates.Hook("PreHook", extra: "    DeploymentPreference:\n      Enabled: false\n"), globals);

        var plan = TimelineTests.Explain(template).Single();

        plan.PreTrafficHook!.TimeoutSeconds.Should().Be(120);
        plan.MinutesWithHookTimeouts.Should().Be(11);
        plan.WorstCaseMinutes.Should().Be(69);
    }

    [Fact]
    public void Disabled_preferences_and_functions_without_one_have_no_plan()
    {
        var template = InsightTemplates.WithPreference("Type: AllAtOnce\nEnabled: false\n", InsightTemplates.Hook("Other"));

        TimelineTests.Explain(template).Should().BeEmpty();
        RolloutTextWriter.Write([]).Should().StartWith("No function has an enabled DeploymentPreference");
    }

    [Fact]
    public void An_invalid_template_gives_the_transform_s_errors()
    {
        var report = RolloutExplainer.Explain(InsightTemplates.WithPreference("Hooks: {}"));

        report.Success.Should().BeFalse();
        report.Plans.Should().BeEmpty();
        report.Diagnostics.Single().FullMessage.Should().Contain("'DeploymentPreference' is missing required Property 'Type'");
    }

    [Fact]
    public void The_JSON_lists_each_function_s_steps_with_minute_and_percent()
    {
        var plans = TimelineTests.Explain(InsightTemplates.WithPreference(Preference, Resources));

        var json = JObject.Parse(RolloutJsonWriter.Write(plans));

        var function = (JObject)json["functions"]!.Single();
        function["function"]!.Value<string>().Should().Be("Fn");
        function["steps"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("[{\"minute\":0,\"percent\":10},{\"minute\":5,\"percent\":100}]");
        function["configuration"]!["deploymentConfigName"]!.Value<string>().Should().Be("CodeDeployDefault.LambdaCanary10Percent5Minutes");
        function["preTrafficHook"]!["timeoutSeconds"]!.Value<int>().Should().Be(30);
        function["worstCaseMinutes"]!.Value<double>().Should().Be(125);
        function["alarms"]!.Values<string>().Should().Equal("Ref ErrorsAlarm", "latency-alarm");
    }

    [Fact]
    public void The_table_shows_every_part_of_the_plan()
    {
        var text = RolloutTextWriter.Write(TimelineTests.Explain(InsightTemplates.WithPreference(Preference, Resources)));

        text.Should().Contain("Fn (alias live), deployment group FnDeploymentGroup")
            .And.Contain("predefined CodeDeployDefault.LambdaCanary10Percent5Minutes, canary: 10% for 5 min, then 100%")
            .And.Contain("Ref PreHook: runs at most 30 s")
            .And.Contain("     5         100%")
            .And.Contain("Ref ErrorsAlarm, latency-alarm")
            .And.Contain("worst case 125 min if a hook never reports");
    }
}
