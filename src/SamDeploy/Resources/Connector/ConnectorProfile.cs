using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Connector;

/// <summary>What a connector from one resource type to another generates.</summary>
/// <param name="Kind">The kind of resource generated.</param>
/// <param name="PolicyOnSource">Whether the policy belongs to the source (else to the destination).</param>
/// <param name="DependedBy">Which resource must wait for an IAM policy.</param>
/// <param name="Combinations">The only accepted sets of permissions; empty when any set is.</param>
/// <param name="Permissions">Each permission (Read, Write, ...) in order, with its statements or Lambda permission values (placeholders unreplaced).</param>
internal sealed record ConnectorProfile(
    ConnectorPolicyKind Kind,
    bool PolicyOnSource,
    ConnectorDependency DependedBy,
    ImmutableArray<ImmutableArray<string>> Combinations,
    ImmutableArray<KeyValuePair<string, JToken>> Permissions)
{
    /// <summary>The permission names, in profile order.</summary>
    public IEnumerable<string> PermissionNames => Permissions.Select(p => p.Key);
}
