using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>SAM1002: a DeploymentPreference key the transform ignores (a typo such as <c>Alarm</c> silently drops the alarms).</summary>
internal sealed class UnknownDeploymentPreferenceKeyRule : ILintRule
{
    /// <summary>The keys the transform reads.</summary>
    public static readonly string[] KnownKeys = ["Type", "Alarms", "Hooks", "Enabled", "Role", "TriggerConfigurations", "PassthroughCondition"];

    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.UnknownDeploymentPreferenceKey;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var node in context.PreferenceNodes())
        {
            foreach (var property in node.Map.Properties())
            {
                if (!KnownKeys.Contains(property.Name, StringComparer.Ordinal))
                {
                    yield return LintContext.Warn(
                        Descriptor,
                        node.Owner,
                        $"{LintContext.Describe(node)} has the key '{property.Name}', which the transform ignores.{DidYouMean.Hint(property.Name, KnownKeys)}",
                        property);
                }
            }
        }
    }
}
