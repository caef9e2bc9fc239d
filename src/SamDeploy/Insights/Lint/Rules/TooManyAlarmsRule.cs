using System.Globalization;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Rollout;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>SAM1007: more alarms than CodeDeploy allows per deployment group (10); counted after Globals are merged.</summary>
internal sealed class TooManyAlarmsRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TooManyAlarms;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var plan in context.Plans)
        {
            if (plan.Alarms.Length > CodeDeployLimits.MaxAlarmsPerDeploymentGroup)
            {
                yield return LintContext.Warn(
                    Descriptor,
                    plan.FunctionLogicalId,
                    string.Create(CultureInfo.InvariantCulture, $"{plan.FunctionLogicalId} watches {plan.Alarms.Length} alarms; CodeDeploy allows at most {CodeDeployLimits.MaxAlarmsPerDeploymentGroup} per deployment group, so {plan.DeploymentGroupLogicalId} fails to create. Combine alarms with an AWS::CloudWatch::CompositeAlarm."),
                    context.PreferenceSource(plan.FunctionLogicalId, "Alarms"));
            }
        }
    }
}
