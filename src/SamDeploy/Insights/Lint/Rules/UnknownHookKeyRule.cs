using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>SAM1003: a Hooks key other than PreTraffic and PostTraffic; the transform ignores it, so the hook never runs.</summary>
internal sealed class UnknownHookKeyRule : ILintRule
{
    private static readonly string[] KnownKeys = ["PreTraffic", "PostTraffic"];

    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.UnknownHookKey;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var node in context.PreferenceNodes())
        {
            if (node.Map["Hooks"] is not JObject hooks)
            {
                continue;
            }

            foreach (var property in hooks.Properties())
            {
                if (!KnownKeys.Contains(property.Name, StringComparer.Ordinal))
                {
                    yield return LintContext.Warn(
                        Descriptor,
                        node.Owner,
                        $"{LintContext.Describe(node)}.Hooks has the key '{property.Name}', which the transform ignores: the hook never runs.{DidYouMean.Hint(property.Name, KnownKeys)}",
                        property);
                }
            }
        }
    }
}
