using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SamDeploy.Snapshots;

/// <summary>The outcome of comparing an output with its approved snapshot: equal, or every difference by path.</summary>
public sealed class SnapshotComparison
{
    internal SnapshotComparison(ImmutableArray<SnapshotDifference> differences)
    {
        Differences = differences;
    }

    /// <summary>Whether the two are semantically equal JSON (key order and formatting aside).</summary>
    public bool AreEqual => Differences.IsEmpty;

    /// <summary>Every difference, in the order of the approved snapshot's keys (then the output's new keys).</summary>
    public ImmutableArray<SnapshotDifference> Differences { get; }

    /// <summary>A readable report: a heading and one line per difference (<c>~</c> changed, <c>-</c> missing, <c>+</c> added).</summary>
    /// <param name="approvedName">How to name the approved snapshot in the heading, for example its file name.</param>
    /// <returns>The report; a single line saying so when the two are equal.</returns>
    public string Describe(string approvedName = "the approved snapshot")
    {
        ArgumentNullException.ThrowIfNull(approvedName);
        if (AreEqual)
        {
            return $"The output matches {approvedName}.";
        }

        var report = new StringBuilder();
        var count = Differences.Length == 1 ? "1 place" : Differences.Length.ToString(CultureInfo.InvariantCulture) + " places";
        report.Append(CultureInfo.InvariantCulture, $"The output differs from {approvedName} in {count} (key order and white space are ignored):");
        foreach (var difference in Differences)
        {
            report.Append('\n').Append("  ").Append(difference.ToString());
        }

        return report.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
