using System.Collections.Immutable;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// The nine deployment configurations CodeDeploy predefines for Lambda, as the AWS CodeDeploy documentation
/// ("Deployment configurations on an AWS Lambda compute platform") describes them: the canary ones shift 10 percent
/// and the rest N minutes later, the linear ones shift 10 percent every N minutes until all traffic is shifted, and
/// AllAtOnce shifts everything at once. A DeploymentPreference names them without the
/// <c>CodeDeployDefault.Lambda</c> prefix; the transform adds it.
/// </summary>
public static class PredefinedDeploymentConfigs
{
    /// <summary>The prefix CodeDeploy's names carry.</summary>
    public const string NamePrefix = "CodeDeployDefault.Lambda";

    /// <summary>The nine configurations, in the order the transform lists them.</summary>
    public static ImmutableArray<TrafficShiftConfig> All { get; } =
    [
        Canary("Canary10Percent5Minutes", 5),
        Canary("Canary10Percent10Minutes", 10),
        Canary("Canary10Percent15Minutes", 15),
        Canary("Canary10Percent30Minutes", 30),
        Linear("Linear10PercentEvery1Minute", 1),
        Linear("Linear10PercentEvery2Minutes", 2),
        Linear("Linear10PercentEvery3Minutes", 3),
        Linear("Linear10PercentEvery10Minutes", 10),
        new("AllAtOnce", NamePrefix + "AllAtOnce", TrafficShiftKind.AllAtOnce, 100, 0, IsPredefined: true),
    ];

    /// <summary>Finds a predefined configuration by its short name (<c>Canary10Percent5Minutes</c>) or CodeDeploy's name (<c>CodeDeployDefault.LambdaCanary10Percent5Minutes</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The configuration, or null.</returns>
    public static TrafficShiftConfig? Find(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var shortName = name.StartsWith(NamePrefix, StringComparison.Ordinal) ? name[NamePrefix.Length..] : name;
        return All.FirstOrDefault(c => string.Equals(c.Name, shortName, StringComparison.Ordinal));
    }

    private static TrafficShiftConfig Canary(string name, int minutes) =>
        new(name, NamePrefix + name, TrafficShiftKind.Canary, 10, minutes, IsPredefined: true);

    private static TrafficShiftConfig Linear(string name, int minutes) =>
        new(name, NamePrefix + name, TrafficShiftKind.Linear, 10, minutes, IsPredefined: true);
}
