namespace SamDeploy.Benchmarks;

/// <summary>
/// The job of the generated (scaling) templates: 3 warm-up and 25 measured iterations of about 250 ms. A 500-function
/// transform takes one operation per iteration, and whether a full collection falls into it moves that iteration by
/// half; five such samples (the short job) put the median anywhere between the two, which is no base for comparing
/// sizes. Twenty-five keep the median and mean steady enough to compare 500 functions with 10.
/// </summary>
internal sealed class ScalingJobConfig : InProcessJobConfig
{
    /// <summary>The job's name in the summary.</summary>
    public const string JobName = "ScalingInProcess";

    /// <summary>Creates the configuration.</summary>
    public ScalingJobConfig()
        : base(JobName, warmups: 3, iterations: 25, iterationMilliseconds: 250)
    {
    }
}
