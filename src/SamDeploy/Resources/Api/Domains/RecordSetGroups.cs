namespace SamDeploy.Resources.Api.Domains;

/// <summary>
/// The Route53 record set groups of custom domains, by logical id, shared by every API of the template: APIs that
/// name the same hosted zone add their records to one group. Stack-wide state of one transform.
/// </summary>
internal sealed class RecordSetGroups
{
    internal Dictionary<string, CfnResource> ByLogicalId { get; } = new(StringComparer.Ordinal);
}
