using System.Collections.Immutable;

namespace SamDeploy.Insights.Diff;

/// <summary>A stack-wide CodeDeploy resource (or an alias's CodeDeploy UpdatePolicy) that appears, disappears or changes.</summary>
/// <param name="LogicalId">The resource's logical id.</param>
/// <param name="Type">Its CloudFormation type.</param>
/// <param name="Kind">Added, removed or modified.</param>
/// <param name="ChangedParts">For a modification: the properties, or attributes such as <c>UpdatePolicy</c>, that differ.</param>
public sealed record ResourceChange(string LogicalId, string Type, ResourceChangeKind Kind, ImmutableArray<string> ChangedParts);
