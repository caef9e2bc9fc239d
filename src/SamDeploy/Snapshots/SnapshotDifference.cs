using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Snapshots;

/// <summary>One place where the output differs from the approved snapshot.</summary>
/// <param name="Path">Where, as a path from the root such as <c>Resources.OrdersFunction.Properties.Layers[0]</c>; empty for the root.</param>
/// <param name="Kind">How the values differ.</param>
/// <param name="Approved">The approved value; <see langword="null"/> when <paramref name="Kind"/> is <see cref="SnapshotDifferenceKind.Added"/>.</param>
/// <param name="Actual">The output's value; <see langword="null"/> when <paramref name="Kind"/> is <see cref="SnapshotDifferenceKind.Missing"/>.</param>
public sealed record SnapshotDifference(string Path, SnapshotDifferenceKind Kind, JToken? Approved, JToken? Actual)
{
    private const int MaxValueLength = 160;

    /// <summary>Describes the difference on one line, such as <c>~ Resources.F.Properties.MemorySize: approved 128, now 256</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var path = Path.Length == 0 ? "(root)" : Path;
        return Kind switch
        {
            SnapshotDifferenceKind.Missing => $"- {path}: missing from the output (approved {Show(Approved)})",
            SnapshotDifferenceKind.Added => $"+ {path}: not in the approved snapshot (now {Show(Actual)})",
            _ => $"~ {path}: approved {Show(Approved)}, now {Show(Actual)}",
        };
    }

    /// <summary>A value as compact JSON, shortened when long.</summary>
    private static string Show(JToken? value)
    {
        if (value is null)
        {
            return "nothing";
        }

        var text = value.ToString(Formatting.None);
        return text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength), "...");
    }
}
