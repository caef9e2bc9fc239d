using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Rollout;
using SamDeploy.Resources.CodeDeploy;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>
/// SAM1008: a hook function whose name does not start with <c>CodeDeployHook_</c> while the rollout uses the
/// generated <c>CodeDeployServiceRole</c>. Its managed policy (AWSCodeDeployRoleForLambda) lets CodeDeploy invoke
/// only <c>function:CodeDeployHook_*</c>, so the hook cannot be invoked and the deployment fails after the hook
/// times out. A function without FunctionName gets a generated name (<c>STACK-LogicalId-RANDOM</c>), which never matches.
/// </summary>
internal sealed class HookNameWithoutPrefixRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.HookNameWithoutPrefix;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var hook in HookReference.All(context))
        {
            var group = context.OutputResources[hook.Plan.DeploymentGroupLogicalId];
            var role = group?["Properties"]?["ServiceRoleArn"];
            if (!string.Equals(Fn.LogicalIdOf(role), DeploymentPreferenceCollection.ServiceRoleLogicalId, StringComparison.Ordinal))
            {
                continue;
            }

            var name = hook.Function["Properties"]?["FunctionName"];
            var literal = name switch
            {
                null => null,
                JValue { Type: JTokenType.String } text => (string?)text,
                JObject sub when sub["Fn::Sub"] is JValue { Type: JTokenType.String } text => (string?)text,
                JObject sub when sub["Fn::Sub"] is JArray { Count: > 0 } items && items[0] is JValue { Type: JTokenType.String } text => (string?)text,
                _ => string.Empty,
            };
            if (literal is { Length: 0 } || literal?.StartsWith(CodeDeployLimits.HookFunctionNamePrefix, StringComparison.Ordinal) == true)
            {
                continue;
            }

            var what = name is null ? "has no FunctionName, so CloudFormation generates one" : "is named '" + literal + "'";
            yield return LintContext.Warn(
                Descriptor,
                hook.Plan.FunctionLogicalId,
                $"The {hook.Hook.Lifecycle} hook {hook.FunctionLogicalId} of {hook.Plan.FunctionLogicalId} {what} without the prefix '{CodeDeployLimits.HookFunctionNamePrefix}', but the default CodeDeployServiceRole may invoke only functions named {CodeDeployLimits.HookFunctionNamePrefix}*: the hook is never invoked and the deployment fails. Name it {CodeDeployLimits.HookFunctionNamePrefix}..., or give the DeploymentPreference a Role that may invoke it.",
                context.SourceResources[hook.FunctionLogicalId]?["Properties"]?["FunctionName"] ?? hook.Source(context));
        }
    }
}
