using System.Collections.Immutable;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// A CodeDeploy Lambda deployment configuration: a predefined one (<c>CodeDeployDefault.Lambda...</c>) or an
/// <c>AWS::CodeDeploy::DeploymentConfig</c> of the template, with the traffic steps it makes.
/// </summary>
/// <param name="Name">The name a DeploymentPreference Type uses (for example <c>Canary10Percent5Minutes</c>, or the custom config's logical id).</param>
/// <param name="DeploymentConfigName">The name CodeDeploy knows it by (for example <c>CodeDeployDefault.LambdaCanary10Percent5Minutes</c>), or null when CloudFormation generates it.</param>
/// <param name="Kind">Canary, linear or all at once.</param>
/// <param name="Percentage">The canary percentage, or the linear increment; 100 for all at once.</param>
/// <param name="IntervalMinutes">The minutes between steps; 0 for all at once.</param>
/// <param name="IsPredefined">Whether CodeDeploy predefines it.</param>
public sealed record TrafficShiftConfig(string Name, string? DeploymentConfigName, TrafficShiftKind Kind, int Percentage, int IntervalMinutes, bool IsPredefined)
{
    /// <summary>
    /// The traffic steps, rising to 100 percent. Canary: the percentage at minute 0, everything after the interval.
    /// Linear: the increment at minute 0 and one more increment after every interval until all traffic is shifted
    /// (the last step is capped at 100). All at once: 100 percent at minute 0.
    /// </summary>
    /// <returns>The steps in time order.</returns>
    public ImmutableArray<TrafficStep> Steps()
    {
        if (Kind == TrafficShiftKind.AllAtOnce || Percentage >= 100 || Percentage <= 0)
        {
            return [new TrafficStep(0, 100)];
        }

        if (Kind == TrafficShiftKind.Canary)
        {
            return [new TrafficStep(0, Percentage), new TrafficStep(IntervalMinutes, 100)];
        }

        var steps = ImmutableArray.CreateBuilder<TrafficStep>();
        for (var k = 1; ; k++)
        {
            var percent = Math.Min(100, Percentage * k);
            steps.Add(new TrafficStep(IntervalMinutes * (k - 1), percent));
            if (percent == 100)
            {
                return steps.ToImmutable();
            }
        }
    }

    /// <summary>The minutes from the first shift until all traffic is on the new version.</summary>
    public int ShiftMinutes => Steps()[^1].Minute;

    /// <summary>A short description, such as <c>canary: 10% for 5 min, then 100%</c>.</summary>
    public string Describe() => Kind switch
    {
        TrafficShiftKind.Canary when Percentage is > 0 and < 100 =>
            FormattableString.Invariant($"canary: {Percentage}% for {IntervalMinutes} min, then 100%"),
        TrafficShiftKind.Linear when Percentage is > 0 and < 100 =>
            FormattableString.Invariant($"linear: +{Percentage}% every {IntervalMinutes} min"),
        _ => "all at once",
    };
}
