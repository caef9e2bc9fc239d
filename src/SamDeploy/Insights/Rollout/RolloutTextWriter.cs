using System.Globalization;
using System.Text;

namespace SamDeploy.Insights.Rollout;

/// <summary>Writes rollout plans as a readable table for a terminal: one block per function.</summary>
public static class RolloutTextWriter
{
    private const int LabelWidth = 14;

    /// <summary>Writes the plans.</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Write(IReadOnlyList<RolloutPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var text = new StringBuilder();
        if (plans.Count == 0)
        {
            return "No function has an enabled DeploymentPreference: a new version is served at once, without CodeDeploy.\n";
        }

        foreach (var plan in plans)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            Write(text, plan);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, RolloutPlan plan)
    {
        var heading = plan.FunctionLogicalId
            + (plan.AliasName is null ? string.Empty : " (alias " + plan.AliasName + ")")
            + ", deployment group " + plan.DeploymentGroupLogicalId
            + (plan.Condition is null ? string.Empty : ", only when condition " + plan.Condition + " is true");
        text.Append(heading).Append('\n').Append('-', heading.Length).Append('\n');
        var config = plan.DeploymentType.Config;
        Row(text, "Type", plan.DeploymentType.Display + (config is null
            ? ": known only at deploy time (" + plan.DeploymentType.UnknownReason + ")"
            : ": " + (config.IsPredefined ? "predefined " + config.DeploymentConfigName : "custom DeploymentConfig " + config.Name) + ", " + config.Describe()));
        Row(text, "PreTraffic", Hook(plan.PreTrafficHook));
        if (plan.Steps.IsEmpty)
        {
            Row(text, "Traffic", "unknown until deploy time");
        }
        else
        {
            Row(text, "Traffic", "minute  new version");
            foreach (var step in plan.Steps)
            {
                Row(text, string.Empty, string.Create(CultureInfo.InvariantCulture, $"{step.Minute,6}  {step.Percent,10}%"));
            }
        }

        Row(text, "Bake time", plan.BakeMinutes switch
        {
            null => "unknown",
            0 => "none: all traffic shifts at once",
            { } minutes => string.Create(CultureInfo.InvariantCulture, $"{minutes} min at each partial step before the next shift"),
        });
        Row(text, "PostTraffic", Hook(plan.PostTrafficHook));
        Row(text, "Alarms", plan.AlarmsNote ?? (plan.Alarms.IsEmpty
            ? "none: nothing stops a bad version automatically"
            : string.Join(", ", plan.Alarms) + " (any in ALARM stops and rolls back)"));
        Row(text, "Rollback on", plan.RollbackEvents.IsEmpty ? "nothing" : string.Join(", ", plan.RollbackEvents));
        Row(text, "Duration", Duration(plan));
    }

    private static string Hook(HookPlan? hook)
    {
        if (hook is null)
        {
            return "none";
        }

        var timeout = hook.TimeoutSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"runs at most {seconds} s (its Lambda timeout)")
            : "Lambda timeout unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{hook.Display}: {timeout}; CodeDeploy waits up to {CodeDeployLimits.HookLimitMinutes} min for its status");
    }

    private static string Duration(RolloutPlan plan)
    {
        if (plan.ShiftMinutes is not { } shift)
        {
            return "unknown until deploy time";
        }

        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{shift} min shifting traffic") };
        if (plan.PreTrafficHook is not null || plan.PostTrafficHook is not null)
        {
            if (plan.MinutesWithHookTimeouts is { } withHooks)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{withHooks:0.##} min with hooks running to their timeouts"));
            }

            parts.Add(string.Create(CultureInfo.InvariantCulture, $"worst case {plan.WorstCaseMinutes:0.##} min if a hook never reports"));
        }
        else
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"worst case {plan.WorstCaseMinutes:0.##} min"));
        }

        return string.Join("; ", parts);
    }

    private static void Row(StringBuilder text, string label, string value) =>
        text.Append("  ").Append(label.PadRight(LabelWidth)).Append(value).Append('\n');
}
