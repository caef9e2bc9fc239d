namespace SamDeploy.Insights.Rollout;

/// <summary>A lifecycle hook of a rollout: the function CodeDeploy invokes before or after shifting traffic.</summary>
/// <param name="Lifecycle"><c>PreTraffic</c> (CodeDeploy's BeforeAllowTraffic) or <c>PostTraffic</c> (AfterAllowTraffic).</param>
/// <param name="Display">The hook as the template names it (for example <c>Ref PreTrafficHook</c>).</param>
/// <param name="FunctionLogicalId">The hook function's logical id when it is a function of this template.</param>
/// <param name="TimeoutSeconds">The hook function's own Timeout (3 seconds when unset), or null when it is not known.</param>
public sealed record HookPlan(string Lifecycle, string Display, string? FunctionLogicalId, int? TimeoutSeconds);
