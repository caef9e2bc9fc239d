namespace SamDeploy.Insights.Rollout;

/// <summary>How a CodeDeploy Lambda deployment configuration shifts traffic to the new version.</summary>
public enum TrafficShiftKind
{
    /// <summary>Every request goes to the new version at once.</summary>
    AllAtOnce = 0,

    /// <summary>One step of a percentage, then the rest after an interval (<c>TimeBasedCanary</c>).</summary>
    Canary = 1,

    /// <summary>Equal increments with equal intervals between them (<c>TimeBasedLinear</c>).</summary>
    Linear = 2,
}
