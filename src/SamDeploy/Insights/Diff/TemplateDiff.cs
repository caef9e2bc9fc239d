using System.Collections.Immutable;
using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Diff;

/// <summary>What deploying a new template over an old one does to functions and CodeDeploy resources.</summary>
public sealed class TemplateDiff
{
    internal TemplateDiff(ImmutableArray<FunctionChange> functions, ImmutableArray<ResourceChange> codeDeploy, ImmutableArray<Diagnostic> diagnostics)
    {
        Functions = functions;
        CodeDeploy = codeDeploy;
        Diagnostics = diagnostics;
    }

    /// <summary>Every function of either template, in order (new template first, then removed ones).</summary>
    public ImmutableArray<FunctionChange> Functions { get; }

    /// <summary>The CodeDeploy resources and alias UpdatePolicies that appear, disappear or change.</summary>
    public ImmutableArray<ResourceChange> CodeDeploy { get; }

    /// <summary>Errors of a template that did not transform (the diff is then empty).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether both templates transformed.</summary>
    public bool Success => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
