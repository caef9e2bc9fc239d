using Newtonsoft.Json.Linq;
using SamDeploy.Resources.CodeDeploy;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>
/// Reads a function's DeploymentPreference into the stack's <see cref="DeploymentPreferenceCollection"/> and, when
/// it is enabled, gives the alias its <c>CodeDeployLambdaAliasUpdate</c> UpdatePolicy.
/// </summary>
internal static class FunctionDeploymentPreference
{
    public const string ConditionFixFlag = "deployment_preference_condition_fix";

    public static void Apply(FunctionScope function, CfnResource? alias)
    {
        if (function["DeploymentPreference"] is not JObject preference || preference.Count == 0)
        {
            if (function.Has("DeploymentPreference"))
            {
                throw function.Error("Property 'DeploymentPreference' should be a map.", "DeploymentPreference");
            }

            return;
        }

        if (preference.ContainsKey("Enabled"))
        {
            preference["Enabled"] = ResolveBoth(function, preference["Enabled"]);
        }

        if (preference.ContainsKey("Type"))
        {
            preference["Type"] = ResolveBoth(function, preference["Type"]);
        }

        preference["PassthroughCondition"] = preference.ContainsKey("PassthroughCondition")
            ? ResolveToBoolean(function, preference["PassthroughCondition"], "PassthroughCondition")
            : function.Context.Options.FeatureFlags.Contains(ConditionFixFlag);

        var collection = function.Context.State<DeploymentPreferenceCollection>();
        var condition = function.Attributes.Condition is JValue { Type: JTokenType.String } c ? (string?)c : null;
        var propagate = function["PropagateTags"] is JValue { Type: JTokenType.Boolean } p && (bool)p;
        collection.Add(function.LogicalId, DeploymentPreference.From(function.LogicalId, preference, condition, function["Tags"] as JObject, propagate));

        if (!collection.Get(function.LogicalId)!.Enabled)
        {
            return;
        }

        if (!function.Has("AutoPublishAlias"))
        {
            throw function.Error("'DeploymentPreference' requires AutoPublishAlias property to be specified.", "DeploymentPreference");
        }

        alias!.SetAttribute("UpdatePolicy", collection.UpdatePolicy(function.LogicalId));
    }

    private static JToken? ResolveBoth(FunctionScope function, JToken? value) =>
        function.Mappings.Resolve(function.Parameters.Resolve(value));

    private static bool ResolveToBoolean(FunctionScope function, JToken? value, string propertyName)
    {
        var resolved = ResolveBoth(function, value);
        switch (resolved)
        {
            case JValue { Type: JTokenType.Boolean } b:
                return (bool)b;
            case JValue { Type: JTokenType.String } s when (string?)s is "true" or "True":
                return true;
            case JValue { Type: JTokenType.String } s when (string?)s is "false" or "False":
                return false;
            case JValue { Type: JTokenType.Integer, Value: long n } when n is 0 or 1:
                // Matched on the stored long: an integer past long's range (a BigInteger) is no boolean, and casting it threw.
                return n == 1;
            case JValue { Type: JTokenType.Float } f when Convert.ToDouble(f.Value, System.Globalization.CultureInfo.InvariantCulture) is 0.0 or 1.0:
                // Python's `in [True, ...]` compares by ==, and 1.0 == True, 0.0 == False.
                return Convert.ToDouble(f.Value, System.Globalization.CultureInfo.InvariantCulture) == 1.0;
        }

        if (Fn.IsIntrinsic(resolved))
        {
            throw function.Error(
                $"Unsupported intrinsic: the only intrinsic functions supported for property {propertyName} are FindInMap and parameter Refs.",
                "DeploymentPreference");
        }

        throw function.Error($"Invalid value for property {propertyName}.", "DeploymentPreference");
    }
}
