using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.CodeDeploy;

/// <summary>
/// A function's <c>DeploymentPreference</c>, read as the reference reads it: how CodeDeploy shifts traffic to a new
/// version (Type), the hooks run before and after, the alarms that roll it back, the service role, triggers,
/// whether it is enabled, and the condition and tags its CodeDeploy resources carry.
/// </summary>
/// <param name="DeploymentType">The Type (a predefined name, a custom config name or an intrinsic).</param>
/// <param name="PreTrafficHook">Hooks.PreTraffic.</param>
/// <param name="PostTrafficHook">Hooks.PostTraffic.</param>
/// <param name="Alarms">Alarms (a list, an Fn::If, or AWS::NoValue).</param>
/// <param name="Enabled">Whether the preference is enabled.</param>
/// <param name="Role">A service role ARN; when given (a truthy value, as the reference tests it) no CodeDeployServiceRole is needed for it.</param>
/// <param name="TriggerConfigurations">TriggerConfigurations, passed through.</param>
/// <param name="Condition">The function's Condition when PassthroughCondition is true.</param>
/// <param name="Tags">The function's Tags when PropagateTags is true.</param>
/// <param name="PropagateTags">Whether tags propagate to the CodeDeploy resources.</param>
internal sealed record DeploymentPreference(
    JToken? DeploymentType,
    JToken? PreTrafficHook,
    JToken? PostTrafficHook,
    JToken? Alarms,
    bool Enabled,
    JToken? Role,
    JToken? TriggerConfigurations,
    string? Condition,
    JObject? Tags,
    bool PropagateTags)
{
    /// <summary>A preference that is switched off.</summary>
    public static DeploymentPreference Disabled { get; } = new(null, null, null, null, false, null, null, null, null, false);

    /// <summary>Reads a preference map (parameters already resolved) with the reference's checks and messages.</summary>
    /// <param name="logicalId">The function's logical id, for errors.</param>
    /// <param name="preference">The DeploymentPreference map.</param>
    /// <param name="condition">The function's Condition.</param>
    /// <param name="tags">The function's Tags.</param>
    /// <param name="propagateTags">The function's PropagateTags.</param>
    /// <returns>The preference.</returns>
    public static DeploymentPreference From(string logicalId, JObject preference, string? condition, JObject? tags, bool propagateTags)
    {
        ArgumentNullException.ThrowIfNull(preference);
        var enabled = preference.TryGetValue("Enabled", StringComparison.Ordinal, out var enabledValue) ? enabledValue : new JValue(true);
        if (enabledValue is JValue { Type: JTokenType.String } text && (string?)text is "false" or "False")
        {
            enabled = new JValue(false);
        }

        if (Truthiness.IsFalsy(enabled))
        {
            return Disabled;
        }

        if (!preference.ContainsKey("Type"))
        {
            throw TemplateErrors.Resource(logicalId, "'DeploymentPreference' is missing required Property 'Type'", preference, "DeploymentPreference.Type");
        }

        var hooks = preference.TryGetValue("Hooks", StringComparison.Ordinal, out var hooksValue) ? hooksValue : new JObject();
        if (hooks is not JObject hookMap)
        {
            throw TemplateErrors.Resource(logicalId, "'Hooks' property of 'DeploymentPreference' must be a dictionary", hooks, "DeploymentPreference.Hooks");
        }

        var passthrough = preference.TryGetValue("PassthroughCondition", StringComparison.Ordinal, out var passthroughValue) && Truthiness.IsTruthy(passthroughValue);
        return new DeploymentPreference(
            preference["Type"],
            NullToAbsent(hookMap["PreTraffic"]),
            NullToAbsent(hookMap["PostTraffic"]),
            NullToAbsent(preference["Alarms"]),
            true,
            Truthiness.IsTruthy(preference["Role"]) ? preference["Role"] : null,
            NullToAbsent(preference["TriggerConfigurations"]),
            passthrough ? condition : null,
            propagateTags && tags is { Count: > 0 } ? tags : null,
            propagateTags);
    }

    private static JToken? NullToAbsent(JToken? value) => value is null || value.Type == JTokenType.Null ? null : value;
}
