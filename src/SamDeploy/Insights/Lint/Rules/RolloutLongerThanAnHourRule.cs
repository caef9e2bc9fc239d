using System.Globalization;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Rollout;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>
/// SAM1011: a rollout that takes longer than an hour (traffic shifting plus each hook running to its Lambda
/// timeout). Common CI waiters give up after an hour (<c>aws cloudformation wait stack-update-complete</c>: 120
/// polls, 30 seconds apart) while the stack is still updating.
/// </summary>
internal sealed class RolloutLongerThanAnHourRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.RolloutLongerThanAnHour;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var plan in context.Plans)
        {
            var minutes = plan.MinutesWithHookTimeouts ?? plan.ShiftMinutes;
            if (minutes is { } total && total > CodeDeployLimits.CommonWaiterMinutes)
            {
                yield return LintContext.Warn(
                    Descriptor,
                    plan.FunctionLogicalId,
                    string.Create(CultureInfo.InvariantCulture, $"The rollout of {plan.FunctionLogicalId} ({plan.DeploymentType.Config!.Name}) takes {total:0.##} minutes, longer than an hour: common CI waiters (aws cloudformation wait stack-update-complete) give up after {CodeDeployLimits.CommonWaiterMinutes} minutes while the stack is still updating. Pick a faster configuration or raise the waiter's limit."),
                    context.PreferenceSource(plan.FunctionLogicalId, "Type"));
            }
        }
    }
}
