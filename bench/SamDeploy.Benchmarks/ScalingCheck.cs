using System.Diagnostics;
using System.Globalization;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;

namespace SamDeploy.Benchmarks;

/// <summary>
/// <c>scale [SIZE...]</c>: what the transform of the generated REST and HTTP API templates costs per function, at the
/// benchmarks' sizes and past them, with the reader's and the resource limits raised (a deployable stack stops much
/// earlier: CloudFormation takes 500 resources, about 60 of these functions, and a 1 MiB template, about 870). Each
/// timed transform starts after a full collection, so that it pays for no other run's garbage; the collections it sets
/// off itself are reported on their own and taken out of "work per function", so a flat "relative" column means the
/// transform's own work is linear, whatever the collector adds. <c>Transform(JObject)</c> copies the tree first, as
/// in the benchmarks.
/// </summary>
internal static class ScalingCheck
{
    /// <summary>The sizes checked when none are given.</summary>
    public static IReadOnlyList<int> DefaultSizes { get; } = [100, 500, 1000, 2000];

    /// <summary>Runs the check and prints one line per template.</summary>
    /// <param name="sizes">The numbers of functions.</param>
    public static void Run(IReadOnlyList<int> sizes)
    {
        var limits = new ReaderOptions { MaxTextLength = int.MaxValue, MaxNodes = int.MaxValue };
        var transformer = new SamTransformer(new TransformOptions { Limits = limits, MaxResources = int.MaxValue });
        (string Name, Func<int, string> Yaml)[] families = [("REST API", GeneratedTemplate.Yaml), ("HTTP API", GeneratedHttpApiTemplate.Yaml)];

        // Tiered compilation promotes the hot methods after enough calls: warm up on a small template first.
        var warmUp = TemplateReader.Read(GeneratedTemplate.Yaml(100), "warm-up", limits).Template!;
        for (var i = 0; i < 60; i++)
        {
            _ = transformer.Transform(warmUp);
        }

        Console.WriteLine("template              functions  transform ms  collections ms  work ms per function  relative");
        foreach (var (name, yaml) in families)
        {
            double? first = null;
            foreach (var size in sizes)
            {
                var tree = TemplateReader.Read(yaml(size), name, limits).Template
                    ?? throw new InvalidOperationException("The generated template does not read.");
                var runs = Math.Clamp(20_000 / size, 5, 60);
                var times = new List<double>(runs);
                var pauses = new List<double>(runs);
                var work = new List<double>(runs);
                for (var run = -1; run < runs; run++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var pauseBefore = GC.GetTotalPauseDuration();
                    var start = Stopwatch.GetTimestamp();
                    var result = transformer.Transform(tree);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (result.Template is null)
                    {
                        throw new InvalidOperationException("The generated template does not transform: " + result.Diagnostics[0].Message);
                    }

                    // The first run of each size is a warm-up (its first collections size the heap).
                    if (run >= 0)
                    {
                        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
                        times.Add(elapsed);
                        pauses.Add(pause);
                        work.Add(elapsed - pause);
                    }
                }

                var perFunction = Median(work) / size;
                first ??= perFunction;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name,-20}  {size,9}  {Median(times),12:F2}  {Median(pauses),14:F2}  {perFunction,20:F4}  {perFunction / first.Value,8:F2}"));
            }
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
