using Newtonsoft.Json.Linq;
using SamDeploy.Templates;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Resources.HttpApi;

/// <summary>
/// The <c>AWS::ApiGatewayV2::Stage</c> of an HTTP API (auto-deployed). Its logical id is the API's id followed by the
/// stage name and <c>Stage</c> when the name is alphanumeric, <c>ApiGatewayDefaultStage</c> for <c>$default</c> (the
/// name when none is given), else <c>Stage</c> and the hash of the name (nothing for an intrinsic name).
/// </summary>
internal static class HttpStageBuilder
{
    /// <summary>The stage name of an HTTP API without StageName.</summary>
    public const string DefaultStageName = "$default";

    public static CfnResource Build(HttpApiScope api)
    {
        var stageName = Transform.Truthiness.IsTruthy(api["StageName"]) ? api["StageName"]! : DefaultStageName;
        var stage = new CfnResource(LogicalIdFor(api.LogicalId, stageName), "AWS::ApiGatewayV2::Stage").WithAttributes(api.Attributes.PassThroughOnly);
        stage["ApiId"] = Fn.Ref(api.LogicalId);
        stage["StageName"] = stageName.DeepClone();
        stage["StageVariables"] = api["StageVariables"]?.DeepClone();
        stage["AccessLogSettings"] = api["AccessLogSettings"]?.DeepClone();
        stage["DefaultRouteSettings"] = api["DefaultRouteSettings"]?.DeepClone();
        stage["Tags"] = api.Tags?.DeepClone();
        stage["AutoDeploy"] = true;
        stage["RouteSettings"] = api["RouteSettings"]?.DeepClone();
        return stage;
    }

    /// <summary>The stage's logical id for an API and a stage name.</summary>
    public static string LogicalIdFor(string apiId, JToken stageName)
    {
        var prefix = stageName is JValue { Type: JTokenType.String } s ? (string)s! : string.Empty;
        if (PythonText.IsAlnum(prefix))
        {
            return apiId + prefix + "Stage";
        }

        return prefix == DefaultStageName ? apiId + "ApiGatewayDefaultStage" : LogicalIdGenerator.Generate(apiId + "Stage", prefix);
    }
}
