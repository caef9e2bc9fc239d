using System.Collections.Immutable;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// What CodeDeploy does when a function with an enabled DeploymentPreference gets a new version: the PreTraffic hook,
/// the traffic steps, the PostTraffic hook, the alarms it watches, what rolls it back, and how long it can take.
/// Minutes count from the start of the deployment, assuming a PreTraffic hook reports success at once.
/// </summary>
public sealed record RolloutPlan
{
    /// <summary>The function's logical id.</summary>
    public required string FunctionLogicalId { get; init; }

    /// <summary>The alias CodeDeploy shifts (AutoPublishAlias), when it is a literal.</summary>
    public string? AliasName { get; init; }

    /// <summary>The logical id of the function's deployment group.</summary>
    public required string DeploymentGroupLogicalId { get; init; }

    /// <summary>The condition the deployment group carries, if any.</summary>
    public string? Condition { get; init; }

    /// <summary>The Type and what it resolves to.</summary>
    public required DeploymentTypeResolution DeploymentType { get; init; }

    /// <summary>The traffic steps, rising to 100 percent; empty when the configuration is known only at deploy time.</summary>
    public ImmutableArray<TrafficStep> Steps { get; init; } = [];

    /// <summary>The PreTraffic hook, if any.</summary>
    public HookPlan? PreTrafficHook { get; init; }

    /// <summary>The PostTraffic hook, if any.</summary>
    public HookPlan? PostTrafficHook { get; init; }

    /// <summary>The alarms watched (as the template names them); any of them in ALARM stops and rolls back the deployment.</summary>
    public ImmutableArray<string> Alarms { get; init; } = [];

    /// <summary>A note on the alarms when they are not a plain list (for example chosen by a condition).</summary>
    public string? AlarmsNote { get; init; }

    /// <summary>The events that roll the deployment back.</summary>
    public ImmutableArray<string> RollbackEvents { get; init; } = [];

    /// <summary>How long the new version serves each partial step before the next shift (the bake time); 0 for all at once; null when unknown.</summary>
    public int? BakeMinutes { get; init; }

    /// <summary>Minutes from the first shift until all traffic is on the new version; null when unknown.</summary>
    public int? ShiftMinutes { get; init; }

    /// <summary>The whole deployment when each hook runs up to its own Lambda timeout and reports: hooks plus shifting; null when unknown.</summary>
    public double? MinutesWithHookTimeouts { get; init; }

    /// <summary>
    /// The worst case: shifting plus one hour per hook, since CodeDeploy waits up to an hour for a hook that never
    /// reports its status (a crash or a Lambda timeout before <c>PutLifecycleEventHookExecutionStatus</c>); null when unknown.
    /// </summary>
    public double? WorstCaseMinutes { get; init; }
}
