using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Lint;

/// <summary>One lint rule: a descriptor and a check over the template.</summary>
internal interface ILintRule
{
    /// <summary>The diagnostic the rule reports.</summary>
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks the template.</summary>
    /// <param name="context">The template, its transform and its rollout plans.</param>
    /// <returns>The warnings.</returns>
    IEnumerable<Diagnostic> Check(LintContext context);
}
