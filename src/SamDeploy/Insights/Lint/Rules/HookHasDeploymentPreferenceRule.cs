using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>
/// SAM1010: a hook function that itself has an enabled DeploymentPreference (often inherited from Globals). Every
/// new version of the hook starts a CodeDeploy deployment of its own, and the rollout it guards may invoke a hook
/// version that is still shifting.
/// </summary>
internal sealed class HookHasDeploymentPreferenceRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.HookHasDeploymentPreference;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hook in HookReference.All(context))
        {
            if (!context.Plans.Any(p => string.Equals(p.FunctionLogicalId, hook.FunctionLogicalId, StringComparison.Ordinal)) || !reported.Add(hook.FunctionLogicalId))
            {
                continue;
            }

            var inherited = context.SourceResources[hook.FunctionLogicalId]?["Properties"]?["DeploymentPreference"] is null ? " (inherited from Globals)" : string.Empty;
            yield return LintContext.Warn(
                Descriptor,
                hook.FunctionLogicalId,
                $"The {hook.Hook.Lifecycle} hook {hook.FunctionLogicalId} of {hook.Plan.FunctionLogicalId} has an enabled DeploymentPreference{inherited}: each change to the hook starts a CodeDeploy deployment of its own. Set Enabled: false on the hook.",
                context.PreferenceSource(hook.FunctionLogicalId, null));
        }
    }
}
