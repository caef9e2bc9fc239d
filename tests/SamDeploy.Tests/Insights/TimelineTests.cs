using FluentAssertions;
using SamDeploy.Insights.Rollout;
using SamDeploy.Resources.CodeDeploy;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>The traffic steps of every predefined configuration and of custom DeploymentConfigs, pinned.</summary>
public class TimelineTests
{
    public static TheoryData<string, string> Predefined() => new()
    {
        { "Canary10Percent5Minutes", "0:10 5:100" },
        { "Canary10Percent10Minutes", "0:10 10:100" },
        { "Canary10Percent15Minutes", "0:10 15:100" },
        { "Canary10Percent30Minutes", "0:10 30:100" },
        { "Linear10PercentEvery1Minute", "0:10 1:20 2:30 3:40 4:50 5:60 6:70 7:80 8:90 9:100" },
        { "Linear10PercentEvery2Minutes", "0:10 2:20 4:30 6:40 8:50 10:60 12:70 14:80 16:90 18:100" },
        { "Linear10PercentEvery3Minutes", "0:10 3:20 6:30 9:40 12:50 15:60 18:70 21:80 24:90 27:100" },
        { "Linear10PercentEvery10Minutes", "0:10 10:20 20:30 30:40 40:50 50:60 60:70 70:80 80:90 90:100" },
        { "AllAtOnce", "0:100" },
    };

    [Theory]
    [MemberData(nameof(Predefined))]
    public void A_predefined_configuration_has_its_documented_steps(string type, string steps)
    {
        var plan = Explain(InsightTemplates.WithPreference("Type: " + type)).Should().ContainSingle().Subject;

        Timeline(plan).Should().Be(steps);
        plan.DeploymentType.Config!.IsPredefined.Should().BeTrue();
        plan.DeploymentType.Config.DeploymentConfigName.Should().Be("CodeDeployDefault.Lambda" + type);
        plan.ShiftMinutes.Should().Be(int.Parse(steps.Split(' ')[^1].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_predefined_list_is_the_transform_s()
    {
        PredefinedDeploymentConfigs.All.Select(c => c.Name).Should().Equal(DeploymentPreferenceCollection.PredefinedConfigurations);
    }

    [Fact]
    public void CodeDeploy_s_full_name_is_understood_too()
    {
        var plan = Explain(InsightTemplates.WithPreference("Type: CodeDeployDefault.LambdaCanary10Percent15Minutes")).Single();

        Timeline(plan).Should().Be("0:10 15:100");
    }

    [Theory]
    [InlineData("TimeBasedLinear", "LinearPercentage: 25", "LinearInterval: 1", "0:25 1:50 2:75 3:100")]
    [InlineData("TimeBasedLinear", "LinearPercentage: 30", "LinearInterval: 4", "0:30 4:60 8:90 12:100")]
    [InlineData("TimeBasedCanary", "CanaryPercentage: 20", "CanaryInterval: 7", "0:20 7:100")]
    [InlineData("TimeBasedCanary", "CanaryPercentage: '5'", "CanaryInterval: '45'", "0:5 45:100")]
    public void A_custom_configuration_of_the_template_has_its_steps(string type, string percentage, string interval, string steps)
    {
        var config = $"""
            Custom:
              Type: AWS::CodeDeploy::DeploymentConfig
              Properties:
                ComputePlatform: Lambda
                TrafficRoutingConfig:
                  Type: {type}
                  {type}:
                    {percentage}
                    {interval}
            """;
        var plan = Explain(InsightTemplates.WithPreference("Type: !Ref Custom", config)).Single();

        Timeline(plan).Should().Be(steps);
        plan.DeploymentType.Config!.IsPredefined.Should().BeFalse();
        plan.DeploymentType.Display.Should().Be("Ref Custom");
    }

    [Fact]
    public void A_custom_configuration_is_found_by_its_DeploymentConfigName()
    {
        const string config = """
            Custom:
              Type: AWS::CodeDeploy::DeploymentConfig
              Properties:
                DeploymentConfigName: team-all-at-once
                ComputePlatform: Lambda
                TrafficRoutingConfig:
                  Type: AllAtOnce
            """;
        var plan = Explain(InsightTemplates.WithPreference("Type: team-all-at-once", config)).Single();

        Timeline(plan).Should().Be("0:100");
        plan.DeploymentType.Config!.Name.Should().Be("Custom");
        plan.BakeMinutes.Should().Be(0);
    }

    [Fact]
    public void A_parameter_with_a_default_is_resolved_and_a_given_value_wins()
    {
        const string parameters = "Parameters:\n  Rollout:\n    Type: String\n    Default: Canary10Percent30Minutes\n";
        var template = InsightTemplates.WithPreference("Type: !Ref Rollout", top: parameters);

        Timeline(Explain(template).Single()).Should().Be("0:10 30:100");
        var options = new SamDeploy.Transform.TransformOptions
        {
            ParameterValues = System.Collections.Immutable.ImmutableDictionary<string, Newtonsoft.Json.Linq.JToken>.Empty.Add("Rollout", "AllAtOnce"),
        };
        Timeline(RolloutExplainer.Explain(template, null, options).Plans.Single()).Should().Be("0:100");
    }

    [Theory]
    [InlineData("Type: !Ref Rollout", "Parameters:\n  Rollout:\n    Type: String\n", "the parameter 'Rollout' has no Default")]
    [InlineData("Type: !ImportValue shared-rollout", "", "imported from another stack")]
    [InlineData("Type: team-canary", "", "'team-canary' is neither a predefined configuration nor a DeploymentConfig of this template")]
    [InlineData("Type: !If [IsProd, Canary10Percent5Minutes, AllAtOnce]", "Parameters:\n  Stage:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\n", "the condition 'IsProd' chooses between 'Canary10Percent5Minutes' (canary: 10% for 5 min, then 100%) and 'AllAtOnce' (all at once)")]
    public void A_type_known_only_at_deploy_time_says_why(string type, string top, string reason)
    {
        var plan = Explain(InsightTemplates.WithPreference(type, top: top)).Single();

        plan.Steps.Should().BeEmpty();
        plan.DeploymentType.Config.Should().BeNull();
        plan.DeploymentType.UnknownReason.Should().Contain(reason);
        plan.ShiftMinutes.Should().BeNull();
        RolloutTextWriter.Write([plan]).Should().Contain("known only at deploy time");
    }

    internal static IReadOnlyList<RolloutPlan> Explain(string template)
    {
        var report = RolloutExplainer.Explain(template);
        report.Success.Should().BeTrue(string.Join("\n", report.Diagnostics));
        return report.Plans;
    }

    internal static string Timeline(RolloutPlan plan) =>
        string.Join(" ", plan.Steps.Select(s => s.Minute.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + s.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
