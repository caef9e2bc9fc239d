using System.Collections.Immutable;
using SamDeploy.Diagnostics;

namespace SamDeploy.Insights.Rollout;

/// <summary>The rollout plans of a template, or the transform's diagnostics when the template is invalid.</summary>
public sealed class RolloutReport
{
    internal RolloutReport(ImmutableArray<RolloutPlan> plans, ImmutableArray<Diagnostic> diagnostics, bool success)
    {
        Plans = plans;
        Diagnostics = diagnostics;
        Success = success;
    }

    /// <summary>One plan per function with an enabled DeploymentPreference, in the template's order.</summary>
    public ImmutableArray<RolloutPlan> Plans { get; }

    /// <summary>The transform's diagnostics (errors when <see cref="Success"/> is false).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the template transformed.</summary>
    public bool Success { get; }
}
