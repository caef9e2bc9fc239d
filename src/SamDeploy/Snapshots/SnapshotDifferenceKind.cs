namespace SamDeploy.Snapshots;

/// <summary>How a value in the output differs from the approved snapshot.</summary>
public enum SnapshotDifferenceKind
{
    /// <summary>Both have a value at the path, and the values differ (or are of different JSON kinds).</summary>
    Changed = 0,

    /// <summary>The approved snapshot has a value at the path that the output lacks.</summary>
    Missing = 1,

    /// <summary>The output has a value at the path that the approved snapshot lacks.</summary>
    Added = 2,
}
