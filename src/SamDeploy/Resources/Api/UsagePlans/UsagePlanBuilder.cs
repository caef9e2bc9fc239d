using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.UsagePlans;

/// <summary>
/// <c>Auth.UsagePlan</c>: a usage plan, an API key and the key's link to the plan, for this API alone
/// (<c>PER_API</c>) or shared by every API that asks for <c>SHARED</c>.
/// </summary>
internal static class UsagePlanBuilder
{
    private static readonly string[] Accepted = ["SHARED", "PER_API", "NONE"];
    private static readonly string[] Fields = ["CreateUsagePlan", "Description", "Quota", "Tags", "Throttle", "UsagePlanName"];

    public static List<CfnResource> Build(ApiScope api, CfnResource stage)
    {
        if (api["Auth"] is not JObject auth || !Truthiness.IsTruthy(auth) || auth["UsagePlan"] is not { Type: not JTokenType.Null } plan)
        {
            return [];
        }

        if (plan is not JObject properties)
        {
            throw api.Error("'UsagePlan' must be a dictionary");
        }

        if (!properties.Properties().All(p => Fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            throw api.Error("Invalid property for 'UsagePlan'");
        }

        var create = properties["CreateUsagePlan"];
        if (create is null || create.Type == JTokenType.Null)
        {
            throw api.Error("'CreateUsagePlan' is a required field for UsagePlan.");
        }

        var mode = create is JValue { Type: JTokenType.String } m ? (string?)m : null;
        if (mode is null || !Accepted.Contains(mode, StringComparer.Ordinal))
        {
            throw api.Error("'CreateUsagePlan' accepts one of ['SHARED', 'PER_API', 'NONE'].");
        }

        if (mode == "NONE")
        {
            return [];
        }

        var passThrough = api.Attributes.PassThroughOnly;
        CfnResource usagePlan, apiKey, usagePlanKey;
        var apiStage = SharedUsagePlan.StageRef(api.LogicalId, stage.LogicalId, "ApiId", "Stage");
        var stageKey = SharedUsagePlan.StageRef(api.LogicalId, stage.LogicalId, "RestApiId", "StageName");
        if (mode == "PER_API")
        {
            var planId = api.LogicalId + "UsagePlan";
            usagePlan = new CfnResource(planId, "AWS::ApiGateway::UsagePlan", supportsTags: true) { DependsOn = new JArray(api.LogicalId) }.WithAttributes(passThrough);
            usagePlan["ApiStages"] = new JArray(apiStage);
            apiKey = new CfnResource(api.LogicalId + "ApiKey", "AWS::ApiGateway::ApiKey", supportsTags: true) { DependsOn = new JArray(planId) }.WithAttributes(passThrough);
            apiKey["Enabled"] = true;
            apiKey["StageKeys"] = new JArray(stageKey);
            usagePlanKey = new CfnResource(api.LogicalId + "UsagePlanKey", "AWS::ApiGateway::UsagePlanKey") { DependsOn = new JArray(apiKey.LogicalId) }.WithAttributes(passThrough);
            usagePlanKey["KeyId"] = Fn.Ref(apiKey.LogicalId);
            usagePlanKey["KeyType"] = "API_KEY";
            usagePlanKey["UsagePlanId"] = Fn.Ref(planId);
        }
        else
        {
            var shared = api.Context.State<SharedUsagePlan>();
            var conditions = api.Context.Output["Conditions"] as JObject;
            const string PlanId = "ServerlessUsagePlan";
            if (!shared.DependsOn.Contains(api.LogicalId, StringComparer.Ordinal))
            {
                shared.DependsOn.Add(api.LogicalId);
            }

            usagePlan = new CfnResource(PlanId, "AWS::ApiGateway::UsagePlan", supportsTags: true) { DependsOn = new JArray(shared.DependsOn) }
                .WithAttributes(shared.CombinedAttributes(passThrough, conditions));
            if (!shared.ApiStages.Any(s => JToken.DeepEquals(s, apiStage)))
            {
                shared.ApiStages.Add(apiStage);
            }

            usagePlan["ApiStages"] = new JArray(shared.ApiStages.Select(s => s.DeepClone()));
            apiKey = new CfnResource("ServerlessApiKey", "AWS::ApiGateway::ApiKey", supportsTags: true) { DependsOn = new JArray(PlanId) }
                .WithAttributes(shared.CombinedAttributes(passThrough, conditions));
            apiKey["Enabled"] = true;
            if (!shared.StageKeys.Any(s => JToken.DeepEquals(s, stageKey)))
            {
                shared.StageKeys.Add(stageKey);
            }

            apiKey["StageKeys"] = new JArray(shared.StageKeys.Select(s => s.DeepClone()));
            usagePlanKey = new CfnResource("ServerlessUsagePlanKey", "AWS::ApiGateway::UsagePlanKey") { DependsOn = new JArray(apiKey.LogicalId) }
                .WithAttributes(shared.CombinedAttributes(passThrough, conditions));
            usagePlanKey["KeyId"] = Fn.Ref(apiKey.LogicalId);
            usagePlanKey["KeyType"] = "API_KEY";
            usagePlanKey["UsagePlanId"] = Fn.Ref(PlanId);
        }

        foreach (var name in new[] { "UsagePlanName", "Description", "Quota", "Tags", "Throttle" })
        {
            if (Truthiness.IsTruthy(properties[name]))
            {
                usagePlan[name] = properties[name]!.DeepClone();
            }
        }

        return [usagePlan, apiKey, usagePlanKey];
    }
}
