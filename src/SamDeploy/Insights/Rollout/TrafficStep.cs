namespace SamDeploy.Insights.Rollout;

/// <summary>One traffic shift of a rollout: from <paramref name="Minute"/> on, <paramref name="Percent"/> of the traffic goes to the new version.</summary>
/// <param name="Minute">Minutes from the start of the deployment (assuming a PreTraffic hook reports at once).</param>
/// <param name="Percent">The share of traffic on the new version, 0 to 100.</param>
public sealed record TrafficStep(int Minute, int Percent);
