using System.Diagnostics;
using System.Globalization;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;

namespace SamDeploy.Benchmarks;

/// <summary>
/// <c>scale [SIZE...]</c>: what the transform of the generated REST and HTTP API templates costs per function, at the
/// benchmarks' sizes and past them, with the reader's and the resource limits raised (a deployable stack stops much
/// earlier: CloudFormation takes 500 resources, about 60 of the REST template's functions or 166 of the HTTP API
/// one's, and a 1 MiB template, about 870 or 3,800). Each timed transform starts after a full collection, so that it
/// pays for no other run's garbage; the collections it sets off itself are reported on their own and taken out of
/// "work per function" (each column is its own median), so from a size where the template's fixed cost no longer
/// counts, a flat "relative" column means the transform's own work is linear, whatever the collector adds. The options
/// are the benchmarks' (<see cref="HarnessOptions"/>), and <c>Transform(JObject)</c> copies the tree first, as there.
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
        if (sizes.Count == 0 || sizes.Any(size => size < 1))
        {
            throw new ArgumentException("Each size must be a number of functions, 1 or more.", nameof(sizes));
        }

        var transformer = new SamTransformer(HarnessOptions.Create() with { Limits = limits, MaxResources = int.MaxValue });
        (string Name, Func<int, string> Yaml)[] families = [("REST API", GeneratedTemplate.Yaml), ("HTTP API", GeneratedHttpApiTemplate.Yaml)];

        // Tiered compilation promotes the hot methods after enough calls: warm up on a small template of each family.
        foreach (var (name, yaml) in families)
        {
            var warmUp = Read(yaml(100), name, limits);
            for (var i = 0; i < 60; i++)
            {
                _ = transformer.Transform(warmUp);
            }
        }

        Console.WriteLine("template              functions  transform ms  collections ms  work ms per function  relative");
        foreach (var (name, yaml) in families)
        {
            double? first = null;
            foreach (var size in sizes)
            {
                var tree = Read(yaml(size), name, limits);
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
                    var elapsed = TimeOneTransform(transformer, tree);

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

    /// <summary>
    /// One transform's wall time. A method of its own, so that its output is unreachable once it returns and the next
    /// run's collection frees it (the loop that calls it may stay unoptimized, with the locals alive to the end).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static double TimeOneTransform(SamTransformer transformer, Newtonsoft.Json.Linq.JObject tree)
    {
        var start = Stopwatch.GetTimestamp();
        var result = transformer.Transform(tree);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return result.Template is not null
            ? elapsed
            : throw new InvalidOperationException("The generated template does not transform: " + result.Diagnostics[0].Message);
    }

    private static Newtonsoft.Json.Linq.JObject Read(string yaml, string name, ReaderOptions limits) =>
        TemplateReader.Read(yaml, name, limits).Template ?? throw new InvalidOperationException("The generated " + name + " template does not read.");

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
