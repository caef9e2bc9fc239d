using System.Collections.Immutable;

namespace SamDeploy.Insights.Diff;

/// <summary>How a template change affects one function.</summary>
/// <param name="FunctionLogicalId">The function.</param>
/// <param name="Kind">What happens to it.</param>
/// <param name="OldVersionLogicalId">Its Version's logical id before, if any.</param>
/// <param name="NewVersionLogicalId">Its Version's logical id after, if any.</param>
/// <param name="ChangedProperties">The changed properties of its <c>AWS::Lambda::Function</c>, in order.</param>
/// <param name="CodeDeployType">The DeploymentPreference Type that drives the alias shift (when a CodeDeploy deployment starts), else null.</param>
public sealed record FunctionChange(
    string FunctionLogicalId,
    FunctionChangeKind Kind,
    string? OldVersionLogicalId,
    string? NewVersionLogicalId,
    ImmutableArray<string> ChangedProperties,
    string? CodeDeployType);
