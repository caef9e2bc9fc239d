namespace SamDeploy.Insights.Diff;

/// <summary>How a generated resource differs between two templates.</summary>
public enum ResourceChangeKind
{
    /// <summary>Only in the new template.</summary>
    Added = 0,

    /// <summary>Only in the old template.</summary>
    Removed = 1,

    /// <summary>In both, with different properties or attributes.</summary>
    Modified = 2,
}
