using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>SAM1006: <c>Alarms: []</c>. The transform accepts it and writes an empty AlarmConfiguration: no alarm stops a bad version.</summary>
internal sealed class EmptyAlarmsRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.EmptyAlarms;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var node in context.PreferenceNodes())
        {
            if (node.Map["Alarms"] is JArray { Count: 0 } alarms)
            {
                yield return LintContext.Warn(
                    Descriptor,
                    node.Owner,
                    $"{LintContext.Describe(node)}.Alarms is empty: no alarm watches the rollout, so only a failing hook stops a bad version. List alarm names, or remove Alarms.",
                    alarms);
            }
        }
    }
}
