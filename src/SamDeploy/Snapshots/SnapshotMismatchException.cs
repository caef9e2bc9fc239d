namespace SamDeploy.Snapshots;

/// <summary>Thrown by <see cref="ApprovedSnapshot.Verify"/> when the output differs from the approved file, or there is none.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The readable report.</param>
    /// <param name="comparison">The comparison; <see langword="null"/> when there was no approved file.</param>
    public SnapshotMismatchException(string message, SnapshotComparison? comparison)
        : base(message)
    {
        Comparison = comparison;
    }

    /// <summary>The comparison, or <see langword="null"/> when there was no approved file.</summary>
    public SnapshotComparison? Comparison { get; }
}
