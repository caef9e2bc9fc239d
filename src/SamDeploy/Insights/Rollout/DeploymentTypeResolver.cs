using System.Globalization;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// Works out which configuration a deployment group's <c>DeploymentConfigName</c> (as the transform wrote it) names:
/// a predefined one, an <c>AWS::CodeDeploy::DeploymentConfig</c> of the template (by <c>Ref</c> or by its
/// <c>DeploymentConfigName</c>), or one that is known only at deploy time.
/// </summary>
internal static class DeploymentTypeResolver
{
    /// <summary>Resolves a DeploymentConfigName value.</summary>
    /// <param name="value">The deployment group's DeploymentConfigName, from the transform's output.</param>
    /// <param name="template">The transformed template (for its parameters and DeploymentConfig resources).</param>
    /// <returns>The resolution.</returns>
    public static DeploymentTypeResolution Resolve(JToken? value, JObject template)
    {
        var resources = template["Resources"] as JObject ?? [];
        switch (value)
        {
            case JObject sub when PredefinedSubName(sub) is { } configName:
                return Known(configName, PredefinedDeploymentConfigs.Find(configName));
            case JValue { Type: JTokenType.String } text:
                return ResolveName((string)text!, resources);
            case JObject reference when Fn.LogicalIdOf(reference) is { } id && reference.ContainsKey("Ref"):
                if (resources[id] is JObject resource && IsDeploymentConfig(resource))
                {
                    return CustomOrUnknown("Ref " + id, id, resource);
                }

                if (template["Parameters"]?[id] is JObject)
                {
                    return new("Ref " + id, null, $"the parameter '{id}' has no Default, so the configuration is chosen when the stack is deployed");
                }

                return new("Ref " + id, null, $"'{id}' is not a parameter or an AWS::CodeDeploy::DeploymentConfig of this template");
            case JObject import when import.ContainsKey("Fn::ImportValue"):
                return new(TokenText.Describe(import), null, "the name is imported from another stack's export when the stack is deployed");
            case JObject condition when Fn.IsIf(condition) && condition["Fn::If"] is JArray { Count: 3 } branches:
                return new(
                    TokenText.Describe(condition),
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"the condition '{TokenText.Describe(branches[0])}' chooses between {Branch(branches[1], template)} and {Branch(branches[2], template)} when the stack is deployed"));
            default:
                return new(TokenText.Describe(value), null, "the value is computed when the stack is deployed");
        }
    }

    /// <summary>Whether a resource is an <c>AWS::CodeDeploy::DeploymentConfig</c>.</summary>
    public static bool IsDeploymentConfig(JObject resource) =>
        resource["Type"] is JValue { Type: JTokenType.String } type && string.Equals((string?)type, "AWS::CodeDeploy::DeploymentConfig", StringComparison.Ordinal);

    /// <summary>The custom configurations of a template, by logical id and by their DeploymentConfigName when it is a literal.</summary>
    public static IEnumerable<(string LogicalId, string? ConfigName)> CustomConfigs(JObject resources) =>
        resources.Properties()
            .Where(p => p.Value is JObject r && IsDeploymentConfig(r))
            .Select(p => (p.Name, p.Value["Properties"]?["DeploymentConfigName"] is JValue { Type: JTokenType.String } n ? (string?)n : null));

    /// <summary>Reads a custom configuration's <c>TrafficRoutingConfig</c>.</summary>
    /// <param name="logicalId">The resource's logical id.</param>
    /// <param name="resource">The resource.</param>
    /// <param name="problem">Why it cannot be read, when it cannot.</param>
    /// <returns>The configuration, or null.</returns>
    public static TrafficShiftConfig? ReadCustom(string logicalId, JObject resource, out string? problem)
    {
        problem = null;
        var properties = resource["Properties"] as JObject ?? [];
        var configName = properties["DeploymentConfigName"] is JValue { Type: JTokenType.String } n ? (string?)n : null;
        if (properties["TrafficRoutingConfig"] is not JObject routing || routing["Type"] is not JValue { Type: JTokenType.String } typeValue)
        {
            problem = $"the DeploymentConfig '{logicalId}' has no TrafficRoutingConfig with a Type";
            return null;
        }

        var type = (string)typeValue!;
        switch (type)
        {
            case "AllAtOnce":
                return new TrafficShiftConfig(logicalId, configName, TrafficShiftKind.AllAtOnce, 100, 0, IsPredefined: false);
            case "TimeBasedCanary" when Number(routing["TimeBasedCanary"]?["CanaryPercentage"]) is { } percent && Number(routing["TimeBasedCanary"]?["CanaryInterval"]) is { } interval:
                return new TrafficShiftConfig(logicalId, configName, TrafficShiftKind.Canary, percent, interval, IsPredefined: false);
            case "TimeBasedLinear" when Number(routing["TimeBasedLinear"]?["LinearPercentage"]) is { } percent && Number(routing["TimeBasedLinear"]?["LinearInterval"]) is { } interval:
                return new TrafficShiftConfig(logicalId, configName, TrafficShiftKind.Linear, percent, interval, IsPredefined: false);
            default:
                problem = $"the DeploymentConfig '{logicalId}' has a {type} TrafficRoutingConfig whose percentage and interval are not literal numbers";
                return null;
        }
    }

    private static DeploymentTypeResolution ResolveName(string name, JObject resources)
    {
        if (PredefinedDeploymentConfigs.Find(name) is { } predefined)
        {
            return Known(name, predefined);
        }

        foreach (var (logicalId, configName) in CustomConfigs(resources))
        {
            if (string.Equals(configName, name, StringComparison.Ordinal))
            {
                return CustomOrUnknown(name, logicalId, (JObject)resources[logicalId]!);
            }
        }

        return new(name, null, $"'{name}' is neither a predefined configuration nor a DeploymentConfig of this template; CodeDeploy looks it up in the account when the stack is deployed");
    }

    private static DeploymentTypeResolution CustomOrUnknown(string display, string logicalId, JObject resource)
    {
        var config = ReadCustom(logicalId, resource, out var problem);
        return new(display, config, problem);
    }

    private static DeploymentTypeResolution Known(string display, TrafficShiftConfig? config) =>
        new(display, config, config is null ? $"'{display}' is not a predefined configuration" : null);

    private static string Branch(JToken? value, JObject template)
    {
        var resolved = Resolve(value, template);
        return resolved.Config is null ? "'" + resolved.Display + "'" : "'" + resolved.Config.Name + "' (" + resolved.Config.Describe() + ")";
    }

    /// <summary>The ConfigName of the transform's <c>Fn::Sub: [CodeDeployDefault.Lambda${ConfigName}, {ConfigName: X}]</c>.</summary>
    private static string? PredefinedSubName(JObject sub) =>
        sub["Fn::Sub"] is JArray { Count: 2 } items && items[1] is JObject variables && variables["ConfigName"] is JValue { Type: JTokenType.String } name
            ? (string?)name
            : null;

    private static int? Number(JToken? value) => value switch
    {
        JValue { Type: JTokenType.Integer } i => (int)(long)i,
        JValue { Type: JTokenType.String } s when int.TryParse((string?)s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
