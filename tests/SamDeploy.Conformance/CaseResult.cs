namespace SamDeploy.Conformance;

/// <summary>How one case came out against the reference.</summary>
/// <param name="Matches">Whether our output matched the reference (in every partition, for a success case).</param>
/// <param name="Detail">Why not, readably; empty when it matched.</param>
internal sealed record CaseResult(bool Matches, string Detail)
{
    /// <summary>A match.</summary>
    public static CaseResult Match { get; } = new(true, string.Empty);

    /// <summary>A mismatch, with why.</summary>
    public static CaseResult Mismatch(string detail) => new(false, detail);
}
