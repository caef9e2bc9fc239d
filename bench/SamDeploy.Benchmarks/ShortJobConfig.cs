namespace SamDeploy.Benchmarks;

/// <summary>
/// A short job so the corpus suites (about 140 benchmarks) finish in minutes on a shared 2-core machine: 2 warm-up and
/// 5 measured iterations of about 100 ms each.
/// </summary>
internal sealed class ShortJobConfig : InProcessJobConfig
{
    /// <summary>The job's name in the summary.</summary>
    public const string JobName = "ShortInProcess";

    /// <summary>Creates the configuration.</summary>
    public ShortJobConfig()
        : base(JobName, warmups: 2, iterations: 5, iterationMilliseconds: 100)
    {
    }
}
