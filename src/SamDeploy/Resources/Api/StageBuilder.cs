using Newtonsoft.Json.Linq;
using SamDeploy.Templates;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Resources.Api;

/// <summary>
/// The API's <c>AWS::ApiGateway::Deployment</c> and <c>AWS::ApiGateway::Stage</c> (the reference's
/// <c>_construct_deployment</c> and <c>_construct_stage</c>): the deployment's id hashes the definition (see
/// <see cref="DeploymentId"/>); the stage's id is the API id, the stage name and <c>Stage</c>, or a hashed id when
/// the stage name is not alphanumeric.
/// </summary>
internal static class StageBuilder
{
    public static (CfnResource Deployment, CfnResource Stage) Build(ApiScope api, CfnResource restApi, string? domainJson, string? functionNames)
    {
        var passThrough = api.Attributes.PassThroughOnly;
        var deploymentId = api.LogicalId + "Deployment";
        var deploymentRestApi = Fn.Ref(api.LogicalId);
        var openApiVersion = api["OpenApiVersion"];
        string? description = null;
        var definition = restApi["Body"] ?? restApi["BodyS3Location"];
        if (definition is not null && Transform.Truthiness.IsTruthy(definition))
        {
            var input = DeploymentId.HashInput(definition, openApiVersion, domainJson, functionNames);
            if (api["AlwaysDeploy"] is JValue { Type: JTokenType.Boolean } always && (bool)always)
            {
                input = new System.Text.StringBuilder(DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            (deploymentId, description) = DeploymentId.For(api.LogicalId, input);
        }

        var deployment = new CfnResource(deploymentId, "AWS::ApiGateway::Deployment").WithAttributes(passThrough);
        deployment["Description"] = description;
        deployment["RestApiId"] = deploymentRestApi;
        if (!Transform.Truthiness.IsTruthy(openApiVersion))
        {
            deployment["StageName"] = "Stage";
        }

        var stageName = api["StageName"];
        var prefix = stageName is JValue { Type: JTokenType.String } text ? (string)text! : string.Empty;
        var stageId = PythonText.IsAlnum(prefix)
            ? api.LogicalId + prefix + "Stage"
            : LogicalIdGenerator.Generate(api.LogicalId + "Stage", new JValue(prefix));
        var stage = new CfnResource(stageId, "AWS::ApiGateway::Stage", supportsTags: true).WithAttributes(passThrough);
        stage["RestApiId"] = Fn.Ref(api.LogicalId);
        stage["DeploymentId"] = Fn.Ref(deploymentId);
        stage["StageName"] = stageName?.DeepClone();
        foreach (var name in new[] { "CacheClusterEnabled", "CacheClusterSize", "Variables", "MethodSettings", "AccessLogSetting", "CanarySetting", "TracingEnabled" })
        {
            stage[name] = api[name]?.DeepClone();
        }

        if (api["Tags"] is JObject tags)
        {
            stage["Tags"] = TagList.From(tags);
        }

        return (deployment, stage);
    }
}
