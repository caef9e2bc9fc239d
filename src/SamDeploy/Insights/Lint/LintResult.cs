using System.Collections.Immutable;
using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Lint;

/// <summary>What linting a template found: warnings from the lint rules, and the transform's errors if it failed.</summary>
public sealed class LintResult
{
    internal LintResult(ImmutableArray<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    /// <summary>Every finding, ordered by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any finding is an error (the template does not transform).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
