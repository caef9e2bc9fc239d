using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>
/// <c>samdeploy bench TEMPLATE...</c>: reads, transforms and writes each template many times in this process and prints
/// each template's median times, so anyone can compare SamDeploy with the reference transform on their own machine.
/// With <c>--json</c> the last line is one JSON object with the medians over all templates.
/// </summary>
internal sealed class BenchCommand : Command
{
    /// <summary>How many timed runs per template when <c>--iterations</c> is not given.</summary>
    public const int DefaultIterations = 200;

    /// <summary>The least time the untimed warm-up rounds take.</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);

    /// <summary>The most warm-up rounds, whatever the time.</summary>
    private const int MaxWarmUpRounds = 5000;

    /// <summary>Creates the command.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    public BenchCommand(ICliEnvironment environment)
        : base("bench", "Read, transform and write each template many times in-process and print per-template median times (milliseconds) and allocations; with --json the last line is {\"templates\": N, \"medianTransformMs\": X, \"medianReadMs\": R, \"medianWriteMs\": W}, each the median over templates of that template's median.")
    {
        ArgumentNullException.ThrowIfNull(environment);
        Arguments.Add(TemplatesArgument);
        Options.Add(IterationsOption);
        Options.Add(JsonOption);
        Options.Add(FormatOption);
        Options.Add(PartitionOption);
        Options.Add(RegionOption);
        Options.Add(ParameterOption);
        Options.Add(ManagedPolicyMapOption);
        SetAction(parseResult => Run(parseResult, environment));
    }

    /// <summary>The template files.</summary>
    public Argument<string[]> TemplatesArgument { get; } = new("TEMPLATE")
    {
        Description = "The SAM template files to time (YAML or JSON).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--iterations N</c>.</summary>
    public Option<int> IterationsOption { get; } = new("--iterations", "-n")
    {
        Description = "Timed runs per template (after untimed warm-up rounds over all templates lasting at least 3 seconds).",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultIterations,
    };

    /// <summary><c>--json</c>.</summary>
    public Option<bool> JsonOption { get; } = new("--json")
    {
        Description = "End the output with one line holding a JSON object of the medians over all templates.",
    };

    /// <summary><c>--format json|yaml</c>: the format the write step produces.</summary>
    public Option<string> FormatOption { get; } = CommonOptions.TemplateFormat("The format the write step produces.");

    /// <summary><c>--partition aws|aws-cn|aws-us-gov</c>.</summary>
    public Option<string?> PartitionOption { get; } = CommonOptions.Partition();

    /// <summary><c>--region REGION</c>.</summary>
    public Option<string?> RegionOption { get; } = InsightOptions.Region();

    /// <summary><c>--parameter NAME=VALUE</c>, repeatable.</summary>
    public Option<string[]> ParameterOption { get; } = InsightOptions.Parameter();

    /// <summary><c>--managed-policy-map FILE.json</c>.</summary>
    public Option<string?> ManagedPolicyMapOption { get; } = new("--managed-policy-map")
    {
        Description = "A JSON object mapping managed policy names to ARNs, as for transform.",
        HelpName = "FILE.json",
    };

    private int Run(ParseResult parseResult, ICliEnvironment environment)
    {
        var iterations = parseResult.GetValue(IterationsOption);
        if (iterations < 1)
        {
            throw new UsageException("--iterations must be at least 1.");
        }

        var paths = parseResult.GetValue(TemplatesArgument) ?? [];
        CommonOptions.CheckTemplateArguments(paths);

        var options = CommonOptions.TransformOptions(
            parseResult.GetValue(RegionOption),
            parseResult.GetValue(PartitionOption),
            parseResult.GetValue(ParameterOption),
            parseResult.GetValue(ManagedPolicyMapOption),
            environment);

        var format = CommonOptions.FormatOf(parseResult.GetValue(FormatOption));
        var texts = paths.Select(path => CliFiles.ReadText(path, "template")).ToList();
        var transformer = new SamTransformer(options);
        var results = new List<TemplateTimes>(paths.Length);
        var width = Math.Max(8, paths.Length == 0 ? 0 : paths.Max(p => p.Length));
        var output = environment.Out;
        output.WriteLine(Line($"{"TEMPLATE".PadRight(width)}  {"READ ms",10}  {"TRANSFORM ms",12}  {"WRITE ms",10}  {"TRANSFORM KB",12}  {"GC ms/run",10}  RESULT"));
        // Untimed rounds over every template first, so the JIT has compiled (and, tiered, re-compiled) the paths they
        // take: at least a quarter of the iterations and at least WarmUpTime, since the runtime promotes hot methods
        // to optimized code only after they have run a while.
        var warmUp = Math.Clamp(iterations / 4, 1, 50);
        var warmUpStart = Stopwatch.GetTimestamp();
        for (var round = 0; round < warmUp || (Stopwatch.GetElapsedTime(warmUpStart) < WarmUpTime && round < MaxWarmUpRounds); round++)
        {
            for (var i = 0; i < paths.Length; i++)
            {
                _ = Measure(texts[i], paths[i], transformer, format, 1);
            }
        }

        for (var i = 0; i < paths.Length; i++)
        {
            var times = Measure(texts[i], paths[i], transformer, format, iterations);
            results.Add(times);
            output.WriteLine(Line($"{paths[i].PadRight(width)}  {Show(times.ReadMs),10}  {Show(times.TransformMs),12}  {Show(times.WriteMs),10}  {Show(times.TransformKb),12}  {Show(times.GcMsPerRun),10}  {times.Outcome}"));
        }

        var read = Median(results.Select(r => r.ReadMs));
        var transform = Median(results.Select(r => r.TransformMs));
        var write = Median(results.Select(r => r.WriteMs));
        output.WriteLine(Line($"median of {results.Count} template(s), {iterations} timed run(s) each: read {Show(read)} ms, transform {Show(transform)} ms, write {Show(write)} ms"));
        if (parseResult.GetValue(JsonOption))
        {
            output.WriteLine(Line($"{{\"templates\": {results.Count}, \"medianTransformMs\": {Json(transform)}, \"medianReadMs\": {Json(read)}, \"medianWriteMs\": {Json(write)}}}"));
        }

        output.Flush();
        return ExitCodes.Success;
    }

    /// <summary>Times one template: a few untimed runs, then <paramref name="iterations"/> timed ones.</summary>
    private static TemplateTimes Measure(string text, string path, SamTransformer transformer, TemplateFormat format, int iterations)
    {
        var warmUp = Math.Clamp(iterations / 10, 1, 20);
        var read = new List<double>(iterations);
        var transform = new List<double>(iterations);
        var write = new List<double>(iterations);
        var allocated = new List<double>(iterations);
        var outcome = "ok";

        // Written as `samdeploy transform` writes a file: formatted and UTF-8 encoded as it goes, here into nothing.
        using var sink = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var pauseAtStart = TimeSpan.Zero;
        for (var run = 0; run < warmUp + iterations; run++)
        {
            var timed = run >= warmUp;
            if (run == warmUp)
            {
                pauseAtStart = GC.GetTotalPauseDuration();
            }

            var start = Stopwatch.GetTimestamp();
            var readResult = TemplateReader.Read(text, path, transformer.Options.Limits);
            var afterRead = Stopwatch.GetTimestamp();
            if (timed)
            {
                read.Add(Stopwatch.GetElapsedTime(start, afterRead).TotalMilliseconds);
            }

            if (readResult.Template is null)
            {
                outcome = "unreadable: " + readResult.Diagnostics[0].Message;
                continue;
            }

            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var beforeTransform = Stopwatch.GetTimestamp();
            // As `samdeploy transform` does: the tree just read belongs to the transform, which need not copy it.
            var result = transformer.TransformOwned(readResult);
            var afterTransform = Stopwatch.GetTimestamp();
            var bytesAfter = GC.GetAllocatedBytesForCurrentThread();
            if (timed)
            {
                transform.Add(Stopwatch.GetElapsedTime(beforeTransform, afterTransform).TotalMilliseconds);
                allocated.Add((bytesAfter - bytesBefore) / 1024.0);
            }

            if (result.Template is null)
            {
                outcome = "invalid: " + result.Diagnostics.Length.ToString(CultureInfo.InvariantCulture) + " error(s)";
                continue;
            }

            var beforeWrite = Stopwatch.GetTimestamp();
            TemplateWriter.Write(result.Template, sink, format);
            var afterWrite = Stopwatch.GetTimestamp();
            if (timed)
            {
                write.Add(Stopwatch.GetElapsedTime(beforeWrite, afterWrite).TotalMilliseconds);
            }
        }

        // The medians leave out the runs a collection fell into; this is what collections cost per run, whichever step paid.
        var gcMsPerRun = (GC.GetTotalPauseDuration() - pauseAtStart).TotalMilliseconds / iterations;
        return new TemplateTimes(Median(read), Median(transform), Median(write), Median(allocated), gcMsPerRun, outcome);
    }

    /// <summary>The median, or <see langword="null"/> for no values (a step that never ran, such as writing an invalid template).</summary>
    private static double? Median(IEnumerable<double?> values) => Median(values.OfType<double>());

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Show(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "-";

    private static string Json(double? value) => value is { } v ? Math.Round(v, 6).ToString("R", CultureInfo.InvariantCulture) : "null";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);



    /// <summary>One template's medians in milliseconds (and kilobytes allocated per transform); null where the step never ran.</summary>
    private sealed record TemplateTimes(double? ReadMs, double? TransformMs, double? WriteMs, double? TransformKb, double GcMsPerRun, string Outcome);
}
