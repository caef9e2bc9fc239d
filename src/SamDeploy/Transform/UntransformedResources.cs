namespace SamDeploy.Transform;

/// <summary>
/// The serverless resources the transform did not replace (their transform failed, or their logical id or type was
/// rejected). The reference's connectors look resources up in a copy of the template that each successful transform
/// updates, so such a resource is still there, as its serverless definition.
/// </summary>
internal sealed class UntransformedResources
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="logicalId"/> keeps its serverless definition.</summary>
    public void Add(string logicalId) => _ids.Add(logicalId);

    /// <summary>Whether <paramref name="logicalId"/> kept its serverless definition.</summary>
    public bool Contains(string logicalId) => _ids.Contains(logicalId);
}
