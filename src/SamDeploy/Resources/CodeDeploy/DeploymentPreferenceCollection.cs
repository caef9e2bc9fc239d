using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.CodeDeploy;

/// <summary>
/// Every function's deployment preference in one stack, and every stack-wide CodeDeploy decision made from them:
/// the one <c>ServerlessDeploymentApplication</c>, whether <c>CodeDeployServiceRole</c> is needed, the combined
/// condition, the per-function deployment groups and the aliases' UpdatePolicy.
/// </summary>
internal sealed class DeploymentPreferenceCollection
{
    /// <summary>The logical id of the stack's CodeDeploy service role.</summary>
    public const string ServiceRoleLogicalId = "CodeDeployServiceRole";

    /// <summary>The logical id of the stack's CodeDeploy application.</summary>
    public const string ApplicationLogicalId = "ServerlessDeploymentApplication";

    /// <summary>The name of the condition combining every function's condition.</summary>
    public const string CombinedConditionName = "ServerlessCodeDeployCondition";

    /// <summary>The predefined CodeDeploy configurations, by their short name.</summary>
    public static readonly IReadOnlyList<string> PredefinedConfigurations =
    [
        "Canary10Percent5Minutes",
        "Canary10Percent10Minutes",
        "Canary10Percent15Minutes",
        "Canary10Percent30Minutes",
        "Linear10PercentEvery1Minute",
        "Linear10PercentEvery2Minutes",
        "Linear10PercentEvery3Minutes",
        "Linear10PercentEvery10Minutes",
        "AllAtOnce",
    ];

    // The functions and their preferences in the order the functions were transformed: two lists of classes, not one
    // of KeyValuePair, whose generic code would be compiled at run time on every start (README, Performance).
    private readonly List<string> _functionIds = [];
    private readonly List<DeploymentPreference> _preferences = [];
    private readonly Dictionary<string, DeploymentPreference> _byFunction = new(StringComparer.Ordinal);

    /// <summary>Deployment groups already built by <see cref="UpdatePolicy"/>, so the stack plugin does not build them twice.</summary>
    private readonly Dictionary<string, JObject> _groups = new(StringComparer.Ordinal);

    /// <summary>Adds a function's preference.</summary>
    /// <param name="functionLogicalId">The function.</param>
    /// <param name="preference">Its preference.</param>
    public void Add(string functionLogicalId, DeploymentPreference preference)
    {
        if (!_byFunction.TryAdd(functionLogicalId, preference))
        {
            throw new InvalidOperationException($"logical_id {functionLogicalId} previously added to this deployment_preference_collection");
        }

        _functionIds.Add(functionLogicalId);
        _preferences.Add(preference);
    }

    /// <summary>The preference of a function, or null.</summary>
    /// <param name="functionLogicalId">The function.</param>
    /// <returns>The preference.</returns>
    public DeploymentPreference? Get(string functionLogicalId) => _byFunction.GetValueOrDefault(functionLogicalId);

    /// <summary>Whether any preference is enabled (then the stack gets a CodeDeploy application).</summary>
    public bool AnyEnabled => _preferences.Any(p => p.Enabled);

    /// <summary>Whether every enabled preference names its own service role.</summary>
    public bool CanSkipServiceRole => _preferences.All(p => p.Role is not null || !p.Enabled);

    /// <summary>Whether every enabled preference carries a condition, so the shared resources must be conditional too.</summary>
    public bool NeedsResourceCondition => _preferences.Count > 0 && !_preferences.Any(p => p.Condition is null && p.Enabled);

    /// <summary>The distinct conditions of the preferences, in ordinal order.</summary>
    public IReadOnlyList<string> Conditions =>
        [.. _preferences.Select(p => p.Condition).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal)];

    /// <summary>The functions whose preference is enabled.</summary>
    public IEnumerable<string> EnabledLogicalIds => _functionIds.Where((_, i) => _preferences[i].Enabled);

    /// <summary>The logical id of a function's deployment group.</summary>
    /// <param name="functionLogicalId">The function.</param>
    /// <returns><c>&lt;Function&gt;DeploymentGroup</c>.</returns>
    public static string DeploymentGroupLogicalId(string functionLogicalId) => functionLogicalId + "DeploymentGroup";

    /// <summary>The <c>UpdatePolicy</c> of a function's alias.</summary>
    /// <param name="functionLogicalId">The function.</param>
    /// <returns>The UpdatePolicy value.</returns>
    public JObject UpdatePolicy(string functionLogicalId)
    {
        var preference = Get(functionLogicalId) ?? throw new InvalidOperationException("No preference for " + functionLogicalId);

        // The reference builds the deployment group here, so its errors (for example bad Alarms) surface on the function.
        // A preference does not change once added, so the group built now is the one the stack plugin adds later.
        _groups[functionLogicalId] = BuildDeploymentGroup(functionLogicalId);
        var update = new JObject
        {
            ["ApplicationName"] = Fn.Ref(ApplicationLogicalId),
            ["DeploymentGroupName"] = Fn.Ref(DeploymentGroupLogicalId(functionLogicalId)),
        };
        if (preference.PreTrafficHook is not null && !IsRefToNull(preference.PreTrafficHook))
        {
            update["BeforeAllowTrafficHook"] = preference.PreTrafficHook.DeepClone();
        }

        if (preference.PostTrafficHook is not null && !IsRefToNull(preference.PostTrafficHook))
        {
            update["AfterAllowTrafficHook"] = preference.PostTrafficHook.DeepClone();
        }

        return new JObject { ["CodeDeployLambdaAliasUpdate"] = update };
    }

    private static bool IsRefToNull(JToken value) => value is JObject { Count: 1 } map && map["Ref"] is { Type: JTokenType.Null };

    internal JObject ApplicationResource()
    {
        var application = new CfnResource(ApplicationLogicalId, "AWS::CodeDeploy::Application");
        application["ComputePlatform"] = "Lambda";
        var tags = MergedTags();
        if (tags.Count > 0)
        {
            application["Tags"] = TagList.From(tags);
        }

        if (NeedsResourceCondition)
        {
            application.SetAttribute("Condition", SharedConditionName());
        }

        return application.ToJson();
    }

    internal JObject ServiceRoleResource(string partition)
    {
        var role = new CfnResource(ServiceRoleLogicalId, "AWS::IAM::Role");
        role["AssumeRolePolicyDocument"] = Iam.ExecutionRoleBuilder.AssumeRolePolicyFor("codedeploy.amazonaws.com");
        var policy = partition is "aws-iso" or "aws-iso-b" ? "service-role/AWSCodeDeployRoleForLambdaLimited" : "service-role/AWSCodeDeployRoleForLambda";
        role["ManagedPolicyArns"] = new JArray(Iam.ManagedPolicyResolver.AwsManagedArn(partition, policy));
        if (NeedsResourceCondition)
        {
            role.SetAttribute("Condition", SharedConditionName());
        }

        var tags = MergedTags();
        if (tags.Count > 0)
        {
            role["Tags"] = TagList.From(tags);
        }

        return role.ToJson();
    }

    /// <summary>The conditions to add to the template: <c>ServerlessCodeDeployCondition</c> (split in tens), or none.</summary>
    internal JObject? CombinedConditions() => ConditionBuilder.CombineWithOr([.. Conditions], CombinedConditionName);

    /// <summary>A function's deployment group: the one <see cref="UpdatePolicy"/> built, else a new one.</summary>
    internal JObject DeploymentGroupResource(string functionLogicalId) =>
        _groups.Remove(functionLogicalId, out var built) ? built : BuildDeploymentGroup(functionLogicalId);

    private JObject BuildDeploymentGroup(string functionLogicalId)
    {
        var preference = Get(functionLogicalId)!;
        var group = new CfnResource(DeploymentGroupLogicalId(functionLogicalId), "AWS::CodeDeploy::DeploymentGroup");
        group["AlarmConfiguration"] = AlarmConfiguration(functionLogicalId, preference.Alarms);
        group["ApplicationName"] = Fn.Ref(ApplicationLogicalId);
        group["AutoRollbackConfiguration"] = new JObject
        {
            ["Enabled"] = true,
            ["Events"] = new JArray("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_STOP_ON_REQUEST"),
        };
        group["DeploymentConfigName"] = ReplaceDeploymentTypes(preference.DeploymentType?.DeepClone(), null);
        group["DeploymentStyle"] = new JObject { ["DeploymentType"] = "BLUE_GREEN", ["DeploymentOption"] = "WITH_TRAFFIC_CONTROL" };
        group["ServiceRoleArn"] = preference.Role?.DeepClone() ?? Fn.GetAtt(ServiceRoleLogicalId, "Arn");
        if (Truthiness.IsTruthy(preference.TriggerConfigurations))
        {
            group["TriggerConfigurations"] = preference.TriggerConfigurations!.DeepClone();
        }

        if (preference.Tags is not null)
        {
            group["Tags"] = TagList.From(preference.Tags);
        }

        if (preference.Condition is not null)
        {
            group.SetAttribute("Condition", preference.Condition);
        }

        return group.ToJson();
    }

    private string SharedConditionName()
    {
        var conditions = Conditions;
        return conditions.Count <= 1 ? conditions.LastOrDefault() ?? CombinedConditionName : CombinedConditionName;
    }

    private JObject MergedTags()
    {
        var merged = new JObject();
        foreach (var preference in _preferences)
        {
            if (preference.Enabled && preference.PropagateTags && preference.Tags is not null)
            {
                foreach (var property in preference.Tags.Properties())
                {
                    merged[property.Name] = property.Value.DeepClone();
                }
            }
        }

        return merged;
    }

    private static JToken? AlarmConfiguration(string functionLogicalId, JToken? alarms)
    {
        if (Truthiness.IsFalsy(alarms) || Fn.IsNoValue(alarms))
        {
            return null;
        }

        if (Fn.IsIf(alarms))
        {
            var processed = alarms!.DeepClone();
            if (Fn.ValidateIfItems(processed, out var items) is { } error)
            {
                throw TemplateErrors.Resource(functionLogicalId, error, alarms, "DeploymentPreference.Alarms");
            }

            items[1] = BuildAlarmConfiguration(functionLogicalId, items[1]);
            items[2] = BuildAlarmConfiguration(functionLogicalId, items[2]);
            return processed;
        }

        return BuildAlarmConfiguration(functionLogicalId, alarms!);
    }

    private static JObject BuildAlarmConfiguration(string functionLogicalId, JToken alarms)
    {
        if (alarms is not JArray list)
        {
            throw TemplateErrors.Resource(functionLogicalId, "Alarms must be a list", alarms, "DeploymentPreference.Alarms");
        }

        if (list.Count == 0 || Fn.IsNoValue(list[0]))
        {
            return [];
        }

        var names = new JArray();
        for (var i = 0; i < list.Count; i++)
        {
            names.Add(new JObject { ["Name"] = list[i].DeepClone() });
        }

        return new JObject { ["Enabled"] = true, ["Alarms"] = names };
    }

    /// <summary>Replaces a predefined configuration name with <c>CodeDeployDefault.Lambda${ConfigName}</c>, also inside intrinsics.</summary>
    private static JToken? ReplaceDeploymentTypes(JToken? value, string? key)
    {
        switch (value)
        {
            case JArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = ReplaceDeploymentTypes(list[i], null) ?? JValue.CreateNull();
                }

                return list;
            case JObject map when Fn.IsIntrinsic(map):
                foreach (var property in map.Properties().ToList())
                {
                    property.Value = ReplaceDeploymentTypes(property.Value, property.Name) ?? JValue.CreateNull();
                }

                return map;
            case JValue { Type: JTokenType.String } text when PredefinedConfigurations.Contains((string)text!, StringComparer.Ordinal):
                var variables = new JObject { ["ConfigName"] = (string)text! };
                return key == "Fn::Sub"
                    ? new JArray("CodeDeployDefault.Lambda${ConfigName}", variables)
                    : Fn.Sub("CodeDeployDefault.Lambda${ConfigName}", variables);
            default:
                return value;
        }
    }
}
