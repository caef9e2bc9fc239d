using FluentAssertions;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary><c>samdeploy batch JOBS</c>: one <c>transform</c> command line per line, all in one process.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Sample(string name) => Path.Combine(Corpus.RepositoryRoot, "samples", name, "template.yaml");

    [Fact]
    public void Each_job_writes_what_transform_writes_with_the_same_arguments()
    {
        var canary = Sample("canary-with-hooks");
        var linear = Sample("linear-from-parameter");
        string[][] jobs =
        [
            [canary, "--output", _temp.Combine("canary.json")],
            [linear, "--output", _temp.Combine("linear.yaml"), "--format", "yaml", "--region", "eu-west-1", "--parameter", "RolloutType=Linear10PercentEvery10Minutes"],
            [canary, "--output-dir", _temp.Combine("dir"), "--partition", "aws-cn", "--region", "cn-north-1"],
        ];
        var jobsFile = _temp.Write("jobs.txt", string.Join('\n', jobs.Select(job => string.Join(' ', job.Select(Quoted)))));

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().BeEmpty();
        File.ReadAllText(_temp.Combine("canary.json")).Should().Be(Transform(canary));
        File.ReadAllText(_temp.Combine("linear.yaml")).Should().Be(Transform(linear, "--format", "yaml", "--region", "eu-west-1", "--parameter", "RolloutType=Linear10PercentEvery10Minutes"));
        File.ReadAllText(_temp.Combine("dir/template.json")).Should().Be(Transform(canary, "--partition", "aws-cn", "--region", "cn-north-1"));
        File.ReadAllText(_temp.Combine("canary.json")).Should().NotBe(File.ReadAllText(_temp.Combine("dir/template.json")), "each job has its own settings");
    }

    [Fact]
    public void Blank_lines_comments_windows_line_ends_and_quoted_paths_with_spaces_are_read_as_meant()
    {
        var template = _temp.Write("my template.yaml", CliTemplates.Plain);
        var output = _temp.Combine("out put.json");
        var jobsFile = _temp.Write("jobs.txt", $"# the stack\r\n\r\n   \r\n  {Quoted(template)} --output {Quoted(output)}  \r\n# done\r\n");

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        File.ReadAllText(output).Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_failing_job_is_reported_at_its_line_and_the_others_still_run()
    {
        var good = _temp.Write("good.yaml", CliTemplates.Plain);
        var invalid = _temp.Write("invalid.yaml", CliTemplates.NoResources);
        var jobsFile = _temp.Write("jobs.txt", string.Join('\n',
            $"{Quoted(invalid)} --output {Quoted(_temp.Combine("invalid.json"))}",
            $"{Quoted(good)} --output {Quoted(_temp.Combine("first.json"))} --bogus",
            $"{Quoted(good)}",
            $"{Quoted(_temp.Combine("missing.yaml"))} --output {Quoted(_temp.Combine("missing.json"))}",
            $"{Quoted(good)} --output {Quoted(_temp.Combine("last.json"))}"));

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(2, "a usage error is worse than an invalid template");
        run.StderrLines.Should().Equal(
            CliTemplates.NoResourcesMessage,
            invalid + "(1,1): error SAM0010: Structure of the SAM template is invalid. 'Resources' section is required",
            $"samdeploy: error: {jobsFile}(2): Unrecognized option '--bogus'.",
            $"samdeploy: error: {jobsFile}(3): a job must write to a file: give it --output FILE, --output-dir DIR or --check APPROVED.json (the jobs' outputs would run together on standard output).",
            $"samdeploy: error: {jobsFile}(4): Cannot read template '{_temp.Combine("missing.yaml")}': the file does not exist.");
        File.Exists(_temp.Combine("invalid.json")).Should().BeFalse();
        File.Exists(_temp.Combine("first.json")).Should().BeFalse();
        File.ReadAllText(_temp.Combine("last.json")).Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_job_that_meets_a_bug_is_reported_at_its_line_and_the_jobs_after_it_still_run()
    {
        // Standard output that fails in a way no I/O error does stands in for a bug: the --check job writes its verdict there.
        var canary = Sample("canary-with-hooks");
        var approved = Path.Combine(Path.GetDirectoryName(canary)!, "approved.json");
        var output = _temp.Combine("after.json");
        var jobsFile = _temp.Write("jobs.txt", $"{Quoted(canary)} --check {Quoted(approved)}\n{Quoted(canary)} --output {Quoted(output)}\n");
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        var exitCode = SamDeploy.Cli.CliApp.Run(["batch", jobsFile], new SamDeploy.Cli.InMemoryCliEnvironment(new FailingWriter(), stderr, CliRun.NoEnvironment));

        exitCode.Should().Be(3);
        stderr.ToString().Should().StartWith($"samdeploy: internal error: {jobsFile}(1): InvalidOperationException: the writer is broken");
        File.ReadAllText(output).Should().Be(Transform(canary), "the job after the failing one still ran");
    }

    [Fact]
    public void An_empty_template_argument_is_a_usage_error()
    {
        var jobsFile = _temp.Write("jobs.txt", $"\"\" --output {Quoted(_temp.Combine("out.json"))}\n");

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal($"samdeploy: error: {jobsFile}(1): Cannot read template '': the path is empty.");
    }

    [Fact]
    public void A_job_that_would_overwrite_an_earlier_jobs_output_is_a_usage_error_and_the_earlier_output_stays()
    {
        Directory.CreateDirectory(_temp.Combine("a"));
        Directory.CreateDirectory(_temp.Combine("b"));
        var first = _temp.Write("a/template.yaml", CliTemplates.Plain);
        var second = _temp.Write("b/template.yaml", CliTemplates.NoResources);
        var outDir = _temp.Combine("out");
        var jobsFile = _temp.Write("jobs.txt", $"{Quoted(first)} --output-dir {Quoted(outDir)}\n{Quoted(second)} --output-dir {Quoted(outDir)}\n");

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(2);
        var written = Path.Combine(outDir, "template.json");
        run.StderrLines.Should().Equal($"samdeploy: error: {jobsFile}(2): the job writes '{written}', which the job on line 1 writes too; give each job its own output.");
        File.ReadAllText(written).Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"), "the first job's result is kept");
    }

    [Fact]
    public void Only_invalid_templates_exit_1()
    {
        var invalid = _temp.Write("invalid.yaml", CliTemplates.NoResources);
        var good = _temp.Write("good.yaml", CliTemplates.Plain);
        var jobsFile = _temp.Write("jobs.txt", $"{Quoted(good)} -o {Quoted(_temp.Combine("good.json"))}\n{Quoted(invalid)} -o {Quoted(_temp.Combine("invalid.json"))}\n");

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(1);
        File.Exists(_temp.Combine("good.json")).Should().BeTrue();
    }

    [Fact]
    public void Check_jobs_compare_with_their_approved_files()
    {
        var canary = Sample("canary-with-hooks");
        var approved = Path.Combine(Path.GetDirectoryName(canary)!, "approved.json");
        var stale = _temp.Write("stale.json", "{}");
        var jobsFile = _temp.Write("jobs.txt", $"{Quoted(canary)} --check {Quoted(approved)}\n{Quoted(canary)} --check {Quoted(stale)}\n");

        var run = CliRun.Of("batch", jobsFile);

        run.ExitCode.Should().Be(1, "the second snapshot differs");
        run.Stdout.Should().Contain("the output matches " + approved);
    }

    [Fact]
    public void An_empty_jobs_file_does_nothing_and_succeeds()
    {
        var run = CliRun.Of("batch", _temp.Write("jobs.txt", "# nothing to do\n"));

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_jobs_file_is_a_usage_error()
    {
        var missing = _temp.Combine("jobs.txt");

        var run = CliRun.Of("batch", missing);

        run.ExitCode.Should().Be(2);
        run.StderrLines[0].Should().Be($"samdeploy: error: Cannot read jobs file '{missing}': the file does not exist.");
    }

    private static string Quoted(string argument) => "\"" + argument + "\"";

    private sealed class FailingWriter : StringWriter
    {
        public FailingWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override void Write(char value) => throw new InvalidOperationException("the writer is broken");

        public override void Write(string? value) => throw new InvalidOperationException("the writer is broken");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer is broken");
    }

    private static string Transform(string template, params string[] options)
    {
        var run = CliRun.Of(["transform", template, .. options]);
        run.ExitCode.Should().Be(0, run.Stderr);
        return run.Stdout;
    }
}
