namespace SamDeploy.Insights.Rollout;

/// <summary>
/// Limits and defaults the rollout insights rely on. Sources: the AWS CodeDeploy documentation (quotas, and the
/// AppSpec "hooks" section for Lambda), the AWS Lambda documentation (function timeout default), and the AWS CLI's
/// CloudFormation waiters.
/// </summary>
public static class CodeDeployLimits
{
    /// <summary>CodeDeploy lets a deployment group watch at most 10 CloudWatch alarms.</summary>
    public const int MaxAlarmsPerDeploymentGroup = 10;

    /// <summary>
    /// A lifecycle hook (BeforeAllowTraffic, AfterAllowTraffic) may take up to one hour: CodeDeploy waits that long
    /// for <c>PutLifecycleEventHookExecutionStatus</c> and then fails the deployment. A hook function that crashes
    /// or times out without reporting therefore holds the deployment for the whole hour.
    /// </summary>
    public const int HookLimitMinutes = 60;

    /// <summary>A Lambda function's timeout when its template does not set one: 3 seconds.</summary>
    public const int DefaultLambdaTimeoutSeconds = 3;

    /// <summary>
    /// How long common CI waiters wait for a stack update: <c>aws cloudformation wait stack-update-complete</c>
    /// polls every 30 seconds, 120 times, so it gives up after an hour.
    /// </summary>
    public const int CommonWaiterMinutes = 60;

    /// <summary>The name prefix the managed policy <c>AWSCodeDeployRoleForLambda</c> lets CodeDeploy invoke (<c>function:CodeDeployHook_*</c>).</summary>
    public const string HookFunctionNamePrefix = "CodeDeployHook_";
}
