using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// Writes rollout plans as JSON for tools: <c>{"functions": [...]}</c>, each function with its <c>steps</c>
/// (<c>minute</c> from deployment start, <c>percent</c> of traffic on the new version, rising to 100), hooks,
/// alarms, rollback events and durations.
/// </summary>
public static class RolloutJsonWriter
{
    /// <summary>Writes the plans.</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>Indented JSON ending with a newline.</returns>
    public static string Write(IEnumerable<RolloutPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var functions = new JArray(plans.Select(ToJson));
        return new JObject { ["functions"] = functions }.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JObject ToJson(RolloutPlan plan)
    {
        var config = plan.DeploymentType.Config;
        var json = new JObject
        {
            ["function"] = plan.FunctionLogicalId,
            ["alias"] = plan.AliasName,
            ["deploymentGroup"] = plan.DeploymentGroupLogicalId,
        };
        if (plan.Condition is not null)
        {
            json["condition"] = plan.Condition;
        }

        json["type"] = plan.DeploymentType.Display;
        json["configuration"] = config is null ? JValue.CreateNull() : new JObject
        {
            ["name"] = config.Name,
            ["deploymentConfigName"] = config.DeploymentConfigName,
            ["predefined"] = config.IsPredefined,
            ["kind"] = config.Kind switch
            {
                TrafficShiftKind.Canary => "canary",
                TrafficShiftKind.Linear => "linear",
                _ => "allAtOnce",
            },
            ["percentage"] = config.Percentage,
            ["intervalMinutes"] = config.IntervalMinutes,
        };
        if (plan.DeploymentType.UnknownReason is { } reason)
        {
            json["knownAtDeployTimeOnly"] = reason;
        }

        json["preTrafficHook"] = Hook(plan.PreTrafficHook);
        json["steps"] = new JArray(plan.Steps.Select(s => new JObject { ["minute"] = s.Minute, ["percent"] = s.Percent }));
        json["bakeMinutes"] = plan.BakeMinutes;
        json["postTrafficHook"] = Hook(plan.PostTrafficHook);
        json["alarms"] = new JArray(plan.Alarms);
        if (plan.AlarmsNote is not null)
        {
            json["alarmsNote"] = plan.AlarmsNote;
        }

        json["rollbackEvents"] = new JArray(plan.RollbackEvents);
        json["shiftMinutes"] = plan.ShiftMinutes;
        json["minutesWithHookTimeouts"] = plan.MinutesWithHookTimeouts;
        json["worstCaseMinutes"] = plan.WorstCaseMinutes;
        return json;
    }

    private static JToken Hook(HookPlan? hook) => hook is null ? JValue.CreateNull() : new JObject
    {
        ["hook"] = hook.Display,
        ["function"] = hook.FunctionLogicalId,
        ["timeoutSeconds"] = hook.TimeoutSeconds,
    };
}
