using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// Explains what CodeDeploy will do when each function of a template gets a new version. It transforms the template
/// with <see cref="SamTransformer"/> and reads the plan from what the transform generates (the aliases'
/// UpdatePolicy and the deployment groups), so Globals, parameters and Enabled are taken exactly as deployed.
/// </summary>
public static class RolloutExplainer
{
    /// <summary>Explains a template given as YAML or JSON text.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="path">The file it came from, for diagnostics.</param>
    /// <param name="options">Transform options (parameter values, region); defaults when omitted.</param>
    /// <returns>The plans, or the diagnostics when the template is invalid.</returns>
    public static RolloutReport Explain(string text, string? path = null, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= TransformOptions.Default;
        var read = TemplateReader.Read(text, path, options.Limits);
        return read.Template is null ? new RolloutReport([], read.Diagnostics, false) : Explain(read.Template, options);
    }

    /// <summary>Explains a template tree (it is not changed).</summary>
    /// <param name="template">The SAM template.</param>
    /// <param name="options">Transform options; defaults when omitted.</param>
    /// <returns>The plans, or the diagnostics when the template is invalid.</returns>
    public static RolloutReport Explain(JObject template, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var result = new SamTransformer(options).Transform(template);
        if (result.Template is null)
        {
            return new RolloutReport([], result.Diagnostics, false);
        }

        return new RolloutReport(Plans(template, result.Template), result.Diagnostics, true);
    }

    /// <summary>The plans for a transformed template, in the order of the source template's resources.</summary>
    internal static ImmutableArray<RolloutPlan> Plans(JObject source, JObject output)
    {
        var resources = output["Resources"] as JObject ?? [];
        var order = (source["Resources"] as JObject)?.Properties().Select(p => p.Name).ToList() ?? [];
        var plans = new List<RolloutPlan>();
        foreach (var alias in resources.Properties())
        {
            if (alias.Value is not JObject aliasResource
                || !string.Equals(SamDeploy.Templates.JsonText.StringOf(aliasResource["Type"]), "AWS::Lambda::Alias", StringComparison.Ordinal)
                || aliasResource["UpdatePolicy"]?["CodeDeployLambdaAliasUpdate"] is not JObject update
                || Fn.LogicalIdOf(aliasResource["Properties"]?["FunctionName"]) is not { } functionId
                || Fn.LogicalIdOf(update["DeploymentGroupName"]) is not { } groupId
                || resources[groupId] is not JObject group)
            {
                continue;
            }

            plans.Add(Plan(functionId, aliasResource, update, groupId, group, output));
        }

        return [.. plans.OrderBy(p => Rank(order, p.FunctionLogicalId)).ThenBy(p => p.FunctionLogicalId, StringComparer.Ordinal)];
    }

    private static int Rank(List<string> order, string id)
    {
        var index = order.IndexOf(id);
        return index < 0 ? int.MaxValue : index;
    }

    private static RolloutPlan Plan(string functionId, JObject alias, JObject update, string groupId, JObject group, JObject output)
    {
        var properties = group["Properties"] as JObject ?? [];
        var type = DeploymentTypeResolver.Resolve(properties["DeploymentConfigName"], output);
        var pre = Hook("PreTraffic", update["BeforeAllowTrafficHook"], output);
        var post = Hook("PostTraffic", update["AfterAllowTrafficHook"], output);
        var (alarms, alarmsNote) = Alarms(properties["AlarmConfiguration"]);
        var steps = type.Config?.Steps() ?? [];
        int? shift = type.Config is null ? null : steps[^1].Minute;
        double? withTimeouts = null;
        double? worst = null;
        if (shift is { } minutes)
        {
            var hooks = new[] { pre, post }.OfType<HookPlan>().ToList();
            if (hooks.All(h => h.TimeoutSeconds is not null))
            {
                withTimeouts = Math.Round(minutes + (hooks.Sum(h => h.TimeoutSeconds!.Value) / 60.0), 2);
            }

            worst = minutes + (hooks.Count * CodeDeployLimits.HookLimitMinutes);
        }

        return new RolloutPlan
        {
            FunctionLogicalId = functionId,
            AliasName = alias["Properties"]?["Name"] is JValue { Type: JTokenType.String } name ? (string?)name : null,
            DeploymentGroupLogicalId = groupId,
            Condition = group["Condition"] is JValue { Type: JTokenType.String } condition ? (string?)condition : null,
            DeploymentType = type,
            Steps = steps,
            PreTrafficHook = pre,
            PostTrafficHook = post,
            Alarms = alarms,
            AlarmsNote = alarmsNote,
            RollbackEvents = properties["AutoRollbackConfiguration"]?["Events"] is JArray events
                ? [.. events.Select(e => TokenText.Describe(e))]
                : [],
            BakeMinutes = type.Config?.Kind switch
            {
                null => null,
                TrafficShiftKind.AllAtOnce => 0,
                _ => type.Config.Percentage >= 100 ? 0 : type.Config.IntervalMinutes,
            },
            ShiftMinutes = shift,
            MinutesWithHookTimeouts = withTimeouts,
            WorstCaseMinutes = worst,
        };
    }

    private static HookPlan? Hook(string lifecycle, JToken? value, JObject output)
    {
        if (value is null)
        {
            return null;
        }

        var functionId = Fn.LogicalIdOf(value) is { } id && value is JObject map && map.ContainsKey("Ref") ? id : null;
        if (functionId is null || output["Resources"]?[functionId] is not JObject function
            || !string.Equals(SamDeploy.Templates.JsonText.StringOf(function["Type"]), "AWS::Lambda::Function", StringComparison.Ordinal))
        {
            return new HookPlan(lifecycle, TokenText.Describe(value), functionId, null);
        }

        int? timeout = function["Properties"]?["Timeout"] switch
        {
            null => CodeDeployLimits.DefaultLambdaTimeoutSeconds,
            JValue { Type: JTokenType.Integer } seconds => (int)(long)seconds,
            JValue { Type: JTokenType.String } text when int.TryParse((string?)text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) => seconds,
            _ => null,
        };
        return new HookPlan(lifecycle, TokenText.Describe(value), functionId, timeout);
    }

    private static (ImmutableArray<string> Alarms, string? Note) Alarms(JToken? configuration)
    {
        switch (configuration)
        {
            case null:
                return ([], null);
            case JObject map when Fn.IsIf(map):
                return ([], "chosen by the condition '" + TokenText.Describe(map["Fn::If"]?[0]) + "' when the stack is deployed");
            case JObject map when map["Alarms"] is JArray list:
                return ([.. list.Select(a => TokenText.Describe(a is JObject entry && entry.ContainsKey("Name") ? entry["Name"] : a))], null);
            default:
                return ([], null);
        }
    }
}
