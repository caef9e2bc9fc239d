using FluentAssertions;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Lint;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>Each lint rule: one template that triggers it and one that does not; positions and texts of a few.</summary>
public class LintRuleTests
{
    private static readonly string QuietHook = InsightTemplates.Hook("PreHook", extra: "    DeploymentPreference:\n      Enabled: false\n");

    [Fact]
    public void Every_rule_has_a_warning_descriptor_with_a_stable_id()
    {
        TemplateLinter.Descriptors.Select(d => d.Id).Should().Equal(
            "SAM1001", "SAM1002", "SAM1003", "SAM1004", "SAM1005", "SAM1006", "SAM1007", "SAM1008", "SAM1009", "SAM1010", "SAM1011");
        TemplateLinter.Descriptors.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void SAM1001_an_unknown_type_with_a_did_you_mean_at_its_position()
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: Canary10Percent5Minute"), "template.yaml").Single();

        diagnostic.Id.Should().Be("SAM1001");
        diagnostic.ToString().Should().Be("template.yaml(11,15): warning SAM1001: Fn.DeploymentPreference.Type 'Canary10Percent5Minute' is neither a predefined CodeDeploy configuration nor a DeploymentConfig of this template; the deployment group fails to create unless the account has a configuration of that name. Did you mean 'Canary10Percent5Minutes'?");
    }

    [Fact]
    public void SAM1001_checks_the_default_and_allowed_values_of_a_parameter()
    {
        const string top = "Parameters:\n  Rollout:\n    Type: String\n    Default: AllAtOnce\n    AllowedValues: [AllAtOnce, Linear10PercentEvery5Minutes]\n";

        var diagnostic = Lint(InsightTemplates.WithPreference("Type: !Ref Rollout", top: top)).Should().ContainSingle().Subject;

        diagnostic.Id.Should().Be("SAM1001");
        diagnostic.Message.Should().Contain("Type (through parameter Rollout) 'Linear10PercentEvery5Minutes'").And.Contain("Did you mean 'Linear10PercentEvery2Minutes'?");
    }

    [Fact]
    public void SAM1001_not_for_predefined_full_or_custom_names()
    {
        const string config = "Custom:\n  Type: AWS::CodeDeploy::DeploymentConfig\n  Properties:\n    DeploymentConfigName: team-canary\n    ComputePlatform: Lambda\n    TrafficRoutingConfig:\n      Type: AllAtOnce\n";
        Lint(InsightTemplates.WithPreference("Type: Linear10PercentEvery3Minutes")).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: CodeDeployDefault.LambdaAllAtOnce")).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: team-canary", config)).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: !Ref Custom", config)).Should().BeEmpty();
    }

    [Fact]
    public void SAM1002_an_unknown_preference_key_with_a_did_you_mean()
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarm:\n  - my-alarm\n")).Single();

        diagnostic.Id.Should().Be("SAM1002");
        diagnostic.Message.Should().Be("Fn.DeploymentPreference has the key 'Alarm', which the transform ignores. Did you mean 'Alarms'?");
        diagnostic.Span!.Line.Should().Be(12);
    }

    [Fact]
    public void SAM1002_not_for_the_keys_the_transform_reads()
    {
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms: [a]\nEnabled: true\nRole: arn:aws:iam::123456789012:role/cd\nTriggerConfigurations: []\nPassthroughCondition: false\nHooks: {}\n")).Should().BeEmpty();
    }

    [Fact]
    public void SAM1003_an_unknown_hook_key()
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTrafic: !Ref PreHook\n", QuietHook)).Single();

        diagnostic.Id.Should().Be("SAM1003");
        diagnostic.Message.Should().Be("Fn.DeploymentPreference.Hooks has the key 'PreTrafic', which the transform ignores: the hook never runs. Did you mean 'PreTraffic'?");
    }

    [Fact]
    public void SAM1003_not_for_PreTraffic_and_PostTraffic()
    {
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n  PostTraffic: !Ref PreHook\n", QuietHook)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("'no'", "the string 'no', not a boolean; the transform reads it as true: the preference stays enabled")]
    [InlineData("'False'", "the string 'False', not a boolean; the transform reads it as false")]
    [InlineData("0", "0, not a boolean; the transform reads it as false")]
    public void SAM1004_an_Enabled_that_is_not_a_boolean(string value, string text)
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nEnabled: " + value + "\n")).Single();

        diagnostic.Id.Should().Be("SAM1004");
        diagnostic.Message.Should().Contain(text);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("!Ref EnableRollout")]
    public void SAM1004_not_for_booleans_or_intrinsics(string value)
    {
        const string top = "Parameters:\n  EnableRollout:\n    Type: String\n    Default: 'true'\n";
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nEnabled: " + value + "\n", top: top)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("arn:aws:cloudwatch:us-east-1:123456789012:alarm:errors", "an ARN")]
    [InlineData("!GetAtt ErrorsAlarm.Arn", "the alarm's ARN")]
    [InlineData("!Ref Topic", "a Ref to AWS::SNS::Topic")]
    [InlineData("42", "a number")]
    public void SAM1005_an_alarm_entry_that_is_not_a_name(string entry, string problem)
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms:\n  - " + entry + "\n", Alarm + "Topic:\n  Type: AWS::SNS::Topic\n")).Single();

        diagnostic.Id.Should().Be("SAM1005");
        diagnostic.Message.Should().Contain(problem);
    }

    [Fact]
    public void SAM1005_not_for_names_refs_to_alarms_and_parameters()
    {
        const string top = "Parameters:\n  AlarmName:\n    Type: String\n    Default: errors\n";
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms:\n  - errors\n  - !Ref ErrorsAlarm\n  - !Ref AlarmName\n  - !Sub ${AWS::StackName}-errors\n", Alarm, top)).Should().BeEmpty();
    }

    [Fact]
    public void SAM1006_an_empty_alarm_list()
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms: []\n")).Single();

        diagnostic.Id.Should().Be("SAM1006");
        diagnostic.Message.Should().StartWith("Fn.DeploymentPreference.Alarms is empty: no alarm watches the rollout");
    }

    [Fact]
    public void SAM1006_not_without_Alarms_or_with_alarms()
    {
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\n")).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms: [errors]\n")).Should().BeEmpty();
    }

    [Fact]
    public void SAM1007_more_than_ten_alarms_counting_Globals()
    {
        const string globals = "Globals:\n  Function:\n    DeploymentPreference:\n      Alarms: [g1, g2, g3]\n";
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms: [a1, a2, a3, a4, a5, a6, a7, a8]\n", top: globals)).Single();

        diagnostic.Id.Should().Be("SAM1007");
        diagnostic.Message.Should().StartWith("Fn watches 11 alarms; CodeDeploy allows at most 10 per deployment group");
    }

    [Fact]
    public void SAM1007_not_for_ten_alarms()
    {
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms: [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10]\n")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("pre-traffic-check", "is named 'pre-traffic-check'")]
    [InlineData(null, "has no FunctionName, so CloudFormation generates one")]
    public void SAM1008_a_hook_without_the_prefix_under_the_default_role(string? name, string text)
    {
        var hook = InsightTemplates.Hook("PreHook", name, extra: "    DeploymentPreference:\n      Enabled: false\n");
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", hook)).Single();

        diagnostic.Id.Should().Be("SAM1008");
        diagnostic.Message.Should().Contain(text).And.Contain("the default CodeDeployServiceRole may invoke only functions named CodeDeployHook_*");
    }

    [Fact]
    public void SAM1008_not_with_the_prefix_or_an_own_role()
    {
        var unprefixed = InsightTemplates.Hook("PreHook", "pre-traffic-check", extra: "    DeploymentPreference:\n      Enabled: false\n");
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", QuietHook)).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", InsightTemplates.Hook("PreHook", "!Sub CodeDeployHook_${AWS::StackName}", extra: "    DeploymentPreference:\n      Enabled: false\n"))).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nRole: arn:aws:iam::123456789012:role/deployer\nHooks:\n  PreTraffic: !Ref PreHook\n", unprefixed)).Should().BeEmpty();
    }

    [Fact]
    public void SAM1009_a_hook_that_cannot_report_its_status()
    {
        var hook = InsightTemplates.Hook("PreHook", canReport: false, extra: "    DeploymentPreference:\n      Enabled: false\n");
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", hook)).Single();

        diagnostic.Id.Should().Be("SAM1009");
        diagnostic.Message.Should().StartWith("The PreTraffic hook PreHook of Fn may not call codedeploy:PutLifecycleEventHookExecutionStatus (its role PreHookRole grants no such action)");
    }

    [Fact]
    public void SAM1009_not_when_a_statement_or_a_wildcard_allows_it()
    {
        var wildcard = "PreHook:\n  Type: AWS::Serverless::Function\n  Properties:\n    FunctionName: CodeDeployHook_x\n    CodeUri: s3://b/k.zip\n    Handler: h.h\n    Runtime: python3.12\n    DeploymentPreference:\n      Enabled: false\n    Policies:\n      - Statement:\n          Effect: Allow\n          Action: ['codedeploy:Put*']\n          Resource: '*'\n";
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", QuietHook)).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", wildcard)).Should().BeEmpty();
    }

    [Fact]
    public void SAM1010_a_hook_with_an_enabled_preference_inherited_from_Globals()
    {
        const string globals = "Globals:\n  Function:\n    AutoPublishAlias: live\n    DeploymentPreference:\n      Type: AllAtOnce\n";
        var template = "Transform: AWS::Serverless-2016-10-31\n" + globals + "Resources:\n"
            + "  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/fn.zip\n      Handler: index.handler\n      Runtime: python3.12\n      DeploymentPreference:\n        Hooks:\n          PreTraffic: !Ref PreHook\n"
            + InsightTemplates.Indent(InsightTemplates.Hook("PreHook"), 2);

        var diagnostic = Lint(template).Single();

        diagnostic.Id.Should().Be("SAM1010");
        diagnostic.Message.Should().Be("The PreTraffic hook PreHook of Fn has an enabled DeploymentPreference (inherited from Globals): each change to the hook starts a CodeDeploy deployment of its own. Set Enabled: false on the hook.");
        diagnostic.Span!.Line.Should().Be(6);
    }

    [Fact]
    public void SAM1010_not_when_the_hook_s_preference_is_disabled()
    {
        Lint(InsightTemplates.WithPreference("Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref PreHook\n", QuietHook)).Should().BeEmpty();
    }

    [Fact]
    public void SAM1011_a_rollout_longer_than_an_hour()
    {
        var diagnostic = Lint(InsightTemplates.WithPreference("Type: Linear10PercentEvery10Minutes\n")).Single();

        diagnostic.Id.Should().Be("SAM1011");
        diagnostic.Message.Should().StartWith("The rollout of Fn (Linear10PercentEvery10Minutes) takes 90 minutes, longer than an hour");
    }

    [Fact]
    public void SAM1011_counts_hook_timeouts_but_not_for_a_rollout_within_the_hour()
    {
        var slowHook = InsightTemplates.Hook("PreHook", extra: "    Timeout: 960\n    DeploymentPreference:\n      Enabled: false\n");
        Lint(InsightTemplates.WithPreference("Type: Canary10Percent30Minutes\n")).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: Canary10Percent30Minutes\nHooks:\n  PreTraffic: !Ref PreHook\n", QuietHook)).Should().BeEmpty();
        Lint(InsightTemplates.WithPreference("Type: Canary10Percent30Minutes\nHooks:\n  PreTraffic: !Ref PreHook\n  PostTraffic: !Ref PreHook\n", slowHook))
            .Should().ContainSingle(d => d.Id == "SAM1011").Which.Message.Should().Contain("takes 62 minutes");
    }

    [Fact]
    public void The_samples_lint_clean()
    {
        foreach (var sample in new[] { "canary-with-hooks", "linear-from-parameter", "conditional-functions", "rollout-three-functions" })
        {
            var path = Path.Combine(TestData.Corpus.RepositoryRoot, "samples", sample, "template.yaml");
            TemplateLinter.Lint(File.ReadAllText(path), path).Diagnostics.Should().BeEmpty(sample);
        }
    }

    [Fact]
    public void An_invalid_template_reports_the_transform_s_errors()
    {
        var result = TemplateLinter.Lint(InsightTemplates.WithPreference("Hooks: {}\nAlarm: []\n"));

        result.HasErrors.Should().BeTrue();
        result.Diagnostics.Select(d => d.Id).Should().Equal("SAM0020", "SAM1002");
    }

    private const string Alarm = "ErrorsAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    MetricName: Errors\n    Namespace: AWS/Lambda\n    Statistic: Sum\n    Period: 60\n    EvaluationPeriods: 1\n    Threshold: 0\n    ComparisonOperator: GreaterThanThreshold\n";

    private static IReadOnlyList<Diagnostic> Lint(string template, string? path = null)
    {
        var result = TemplateLinter.Lint(template, path);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result.Diagnostics;
    }
}
