using Newtonsoft.Json.Linq;
using SamDeploy.Insights.Rollout;

namespace SamDeploy.Insights.Lint;

/// <summary>A hook of a rollout that is a Lambda function of the template, with its generated resource.</summary>
/// <param name="Plan">The rollout the hook belongs to.</param>
/// <param name="Hook">The hook.</param>
/// <param name="FunctionLogicalId">The hook function's logical id.</param>
/// <param name="Function">The hook's <c>AWS::Lambda::Function</c> in the transform's output.</param>
internal sealed record HookReference(RolloutPlan Plan, HookPlan Hook, string FunctionLogicalId, JObject Function)
{
    /// <summary>The hooks of every plan that are functions of the template, once per (plan, hook).</summary>
    public static IEnumerable<HookReference> All(LintContext context)
    {
        foreach (var plan in context.Plans)
        {
            foreach (var hook in new[] { plan.PreTrafficHook, plan.PostTrafficHook })
            {
                if (hook?.FunctionLogicalId is { } id && context.OutputResources[id] is JObject function
                    && string.Equals(SamDeploy.Templates.JsonText.StringOf(function["Type"]), "AWS::Lambda::Function", StringComparison.Ordinal))
                {
                    yield return new HookReference(plan, hook, id, function);
                }
            }
        }
    }

    /// <summary>Where the hook is named in the source: the Hooks entry of the rollout's DeploymentPreference.</summary>
    public JToken? Source(LintContext context) =>
        context.PreferenceSource(Plan.FunctionLogicalId, "Hooks") is JObject hooks ? hooks[Hook.Lifecycle] ?? hooks : context.PreferenceSource(Plan.FunctionLogicalId, "Hooks");
}
