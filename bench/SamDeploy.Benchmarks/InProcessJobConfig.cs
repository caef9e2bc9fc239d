using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace SamDeploy.Benchmarks;

/// <summary>
/// The job every benchmark here runs in: in-process (no project generated and built per benchmark), 1 launch,
/// non-concurrent workstation GC as the samdeploy tool runs (the project file sets it for this in-process job), the
/// median and the bytes allocated per operation next to the mean. Subclasses choose how long it measures.
/// </summary>
internal abstract class InProcessJobConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    /// <param name="name">The job's name in the summary.</param>
    /// <param name="warmups">Warm-up iterations.</param>
    /// <param name="iterations">Measured iterations.</param>
    /// <param name="iterationMilliseconds">The time one iteration aims for.</param>
    protected InProcessJobConfig(string name, int warmups, int iterations, int iterationMilliseconds)
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(iterationMilliseconds))
            .WithGcConcurrent(false)
            .WithId(name));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        WithOptions(ConfigOptions.JoinSummary);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(100).WithTimeUnit(TimeUnit.Microsecond));
    }
}
