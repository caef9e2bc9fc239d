using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>
/// Builds the <c>AWS::Lambda::Version</c> that AutoPublishAlias publishes. Its logical id carries a hash of what
/// should publish a new version (code location with parameters resolved, Environment, MemorySize, SnapStart; or
/// every property with AutoPublishAliasAllProperties; or the user's AutoPublishCodeSha256), so a change to those
/// gives a new id and CloudFormation publishes a new version.
/// </summary>
internal static class FunctionVersionBuilder
{
    public static CfnResource Build(FunctionScope function, CfnResource lambda, string? codeSha256)
    {
        // Like the reference, parameter references in Code are resolved in place: the function's Code shows them resolved too.
        var code = (JObject)function.Parameters.Resolve(lambda["Code"])!;
        lambda["Code"] = code;
        var hashText = string.IsNullOrEmpty(codeSha256) ? HashText(function, lambda, code) : string.Empty;
        var logicalId = function.LogicalId + "Version" + LogicalIdGenerator.HashOfText(hashText, codeSha256);

        var version = new CfnResource(logicalId, "AWS::Lambda::Version").WithAttributes(function.Attributes.PassThroughOnly);
        if (version.GetAttribute("DeletionPolicy") is null)
        {
            var policy = function["VersionDeletionPolicy"]
                ?? new JValue(function["CapacityProviderConfig"] is not null ? "Delete" : "Retain");
            version.SetAttribute("DeletionPolicy", policy.DeepClone());
        }

        version["FunctionName"] = Fn.Ref(function.LogicalId);
        version["Description"] = function["VersionDescription"];
        if (function["CapacityProviderConfig"] is not null && function["FunctionScalingConfig"] is not null)
        {
            version["FunctionScalingConfig"] = function["FunctionScalingConfig"];
        }

        return version;
    }

    /// <summary>
    /// The text hashed into the version's id (<see cref="LogicalIdGenerator.Stringify"/> of the reference's hash
    /// input): every property with AutoPublishAliasAllProperties, else the code location merged with the environment
    /// variables, MemorySize and SnapStart, written as one sorted map without copying those values into a new one.
    /// </summary>
    private static string HashText(FunctionScope function, CfnResource lambda, JObject code)
    {
        if (Truthiness.IsTruthy(function["AutoPublishAliasAllProperties"]))
        {
            var properties = lambda.PropertiesObject();
            AddPublishingLayers(function, lambda, properties);
            return LogicalIdGenerator.Stringify(properties);
        }

        // A map's semantics: a later key replaces an earlier one.
        var keys = new List<string>();
        var values = new List<JToken>();
        void Put(string key, JToken value)
        {
            var index = keys.IndexOf(key);
            if (index >= 0)
            {
                values[index] = value;
            }
            else
            {
                keys.Add(key);
                values.Add(value);
            }
        }

        foreach (var property in new Templates.PropertyWalk(code))
        {
            Put(property.Name, property.Value);
        }

        if (lambda["Environment"] is JObject environment && environment.Count > 0)
        {
            foreach (var property in new Templates.PropertyWalk(environment))
            {
                Put(property.Name, property.Value);
            }
        }

        if (Truthiness.IsTruthy(lambda["MemorySize"]))
        {
            Put("MemorySize", lambda["MemorySize"]!);
        }

        // The reference reads a missing ApplyOn as "None" (SnapStart.get("ApplyOn", "None")), which leaves it out.
        if (lambda["SnapStart"] is JObject snapStart && snapStart.Count > 0 && snapStart.ContainsKey("ApplyOn")
            && !(snapStart["ApplyOn"] is JValue { Type: JTokenType.String } applyOn && (string?)applyOn == "None"))
        {
            Put("SnapStart", snapStart);
        }

        return keys.Count == 0 ? string.Empty : PythonJson.DumpsMap([.. keys], [.. values]);
    }

    /// <summary>A layer of this template with PublishLambdaVersion adds its properties, so a new layer publishes a new version.</summary>
    private static void AddPublishingLayers(FunctionScope function, CfnResource lambda, JObject properties)
    {
        if (lambda["Layers"] is not JArray layers)
        {
            return;
        }

        foreach (var layer in layers)
        {
            var layerId = Fn.LogicalIdOf(layer);
            if (layerId is null || function.Context.Template["Resources"]?[layerId] is not JObject layerResource)
            {
                continue;
            }

            var layerProperties = layerResource["Properties"] as JObject ?? [];
            if (Truthiness.IsTruthy(layerProperties["PublishLambdaVersion"]))
            {
                properties[layerId] = layerProperties.DeepClone();
            }
        }
    }
}
