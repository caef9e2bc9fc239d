using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace SamDeploy.Benchmarks;

/// <summary>
/// A short job so the whole suite (about 160 benchmarks) finishes in minutes on a shared 2-core machine: in-process
/// (no project generated and built per benchmark), 1 launch, 2 warm-up and 5 measured iterations of about 100 ms each.
/// Non-concurrent workstation GC, as the samdeploy tool runs (the project file sets it for this in-process job).
/// Reports the median and the bytes allocated per operation next to the mean.
/// </summary>
internal sealed class ShortJobConfig : ManualConfig
{
    /// <summary>The job's name in the summary.</summary>
    public const string JobName = "ShortInProcess";

    /// <summary>Creates the configuration.</summary>
    public ShortJobConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithGcConcurrent(false)
            .WithId(JobName));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        WithOptions(ConfigOptions.JoinSummary);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(100).WithTimeUnit(Perfolizer.Horology.TimeUnit.Microsecond));
    }
}
