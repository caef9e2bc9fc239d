namespace SamDeploy.Insights.Rollout;

/// <summary>What a DeploymentPreference Type turns out to be: a known configuration, or why it is only known at deploy time.</summary>
/// <param name="Display">The Type as the user wrote it, in short form (for example <c>Canary10Percent5Minutes</c> or <c>Ref RolloutType</c>).</param>
/// <param name="Config">The configuration, when the template tells which one it is.</param>
/// <param name="UnknownReason">Why the configuration is known only at deploy time, when <paramref name="Config"/> is null.</param>
public sealed record DeploymentTypeResolution(string Display, TrafficShiftConfig? Config, string? UnknownReason);
