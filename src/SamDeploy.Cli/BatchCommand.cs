using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SamDeploy.Cli;

/// <summary>
/// <c>samdeploy batch JOBS</c>: many transforms, each with its own settings, in one process. Each line of the jobs
/// file holds the arguments of one <c>samdeploy transform</c>; the process starts once, however many templates there
/// are, which is what a build that transforms several templates with different settings needs.
/// </summary>
internal sealed class BatchCommand : Command
{
    /// <summary>Examples shown at the end of <c>samdeploy batch --help</c>.</summary>
    public static readonly ImmutableArray<string> Examples =
    [
        "samdeploy batch jobs.txt",
        "  where jobs.txt holds, for example:",
        "    # TEMPLATE and options, as after 'samdeploy transform'",
        "    orders.yaml --output out/orders.json --region eu-west-1",
        "    \"reports stack.yaml\" --output out/reports.yaml --format yaml --parameter Stage=prod",
        "    billing.yaml --check approved/billing.json",
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    public BatchCommand(ICliEnvironment environment)
        : base("batch", "Run many transforms in one process. Each line of JOBS holds the arguments of one 'samdeploy transform' (TEMPLATE and options, separated by spaces; double quotes around an argument with spaces); blank lines and lines starting with # are skipped. Every job writes to a file (--output, --output-dir or --check). A failing job does not stop the others; the exit code is the worst of the jobs'.")
    {
        ArgumentNullException.ThrowIfNull(environment);
        Arguments.Add(JobsArgument);
        SetAction(parseResult => Run(parseResult.GetValue(JobsArgument)!, environment));
    }

    /// <summary>The jobs file.</summary>
    public Argument<string> JobsArgument { get; } = new("JOBS")
    {
        Description = "The jobs file: one 'samdeploy transform' command line per line, without the program and command names. Relative paths are relative to the current directory.",
    };

    /// <summary>Runs every job of a jobs file.</summary>
    /// <param name="jobsPath">The jobs file.</param>
    /// <param name="environment">Standard output and error, and the environment variables.</param>
    /// <returns>The worst exit code of the jobs (<see cref="ExitCodes.Success"/> when there is none).</returns>
    /// <exception cref="UsageException">The jobs file cannot be read.</exception>
    public static int Run(string jobsPath, ICliEnvironment environment)
    {
        var lines = CliFiles.ReadText(jobsPath, "jobs file").Split('\n');
        var transform = new TransformCommand(environment);
        var written = new Dictionary<string, int>(OutputDestinations.PathComparer);
        var worst = ExitCodes.Success;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var exitCode = RunJob(transform, line, i + 1, jobsPath, written, environment);
            worst = Math.Max(worst, exitCode);
        }

        return worst;
    }

    private static int RunJob(TransformCommand transform, string line, int lineNumber, string jobsPath, Dictionary<string, int> written, ICliEnvironment environment)
    {
        var where = Where(jobsPath, lineNumber);
        var parseResult = transform.Parse([.. CommandLineParser.SplitCommandLine(line)]);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                ReportUsageError(where, error.Message, environment);
            }

            return ExitCodes.UsageError;
        }

        if (parseResult.GetValue(transform.OutputOption) is null
            && parseResult.GetValue(transform.OutputDirectoryOption) is null
            && parseResult.GetValue(transform.CheckOption) is null)
        {
            ReportUsageError(where, "a job must write to a file: give it --output FILE, --output-dir DIR or --check APPROVED.json (the jobs' outputs would run together on standard output).", environment);
            return ExitCodes.UsageError;
        }

        try
        {
            // A job that would overwrite what an earlier job wrote (two templates of the same name sent to one folder,
            // say) is an error rather than a silent loss of the earlier result.
            var job = transform.Prepare(parseResult, environment);
            foreach (var file in job.FilesWritten)
            {
                if (written.TryGetValue(file, out var earlier))
                {
                    throw new UsageException($"the job writes '{file}', which the job on line {earlier.ToString(CultureInfo.InvariantCulture)} writes too; give each job its own output.");
                }
            }

            foreach (var file in job.FilesWritten)
            {
                written[file] = lineNumber;
            }

            return job.Run();
        }
        catch (UsageException e)
        {
            ReportUsageError(where, e.Message, environment);
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug met by one job must not cost the jobs after it their output (a build would lose every template).
            environment.Error.WriteLine($"samdeploy: internal error: {where}: {e.GetType().Name}: {e.Message}");
            environment.Error.WriteLine("This is a bug in SamDeploy; please report it with the template that caused it.");
            return ExitCodes.InternalError;
        }
    }

    private static string Where(string jobsPath, int lineNumber) => string.Create(CultureInfo.InvariantCulture, $"{jobsPath}({lineNumber})");

    private static void ReportUsageError(string where, string message, ICliEnvironment environment) =>
        environment.Error.WriteLine($"samdeploy: error: {where}: {message}");
}
