using FluentAssertions;
using SamDeploy.Tests.Cli;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Snapshots;

/// <summary><c>samdeploy transform TEMPLATE --check APPROVED [--update]</c>.</summary>
public class TransformCheckCliTests
{
    private static string Sample => Path.Combine(Corpus.RepositoryRoot, "samples", "canary-with-hooks", "template.yaml");

    private static string SampleApproved => Path.Combine(Corpus.RepositoryRoot, "samples", "canary-with-hooks", "approved.json");

    [Fact]
    public void A_matching_output_exits_0_and_prints_nothing_else()
    {
        var run = CliRun.Of("transform", Sample, "--check", SampleApproved);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be($"{Sample}: the output matches {SampleApproved}.\n");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_drifted_output_exits_1_with_a_path_wise_diff()
    {
        using var dir = new TempDirectory();
        var approved = dir.Write("approved.json", File.ReadAllText(SampleApproved)
            .Replace("\"MemorySize\": 256", "\"MemorySize\": 128", StringComparison.Ordinal)
            .Replace("\"Timeout\": 10", "\"Timeout\": 10.0", StringComparison.Ordinal));

        var run = CliRun.Of("transform", Sample, "--check", approved);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Equal(
            $"{Sample}: The output differs from {approved} in 3 places (key order and white space are ignored):",
            "  ~ Resources.OrdersFunction.Properties.MemorySize: approved 128, now 256",
            "  ~ Resources.PreTrafficHook.Properties.MemorySize: approved 128, now 256",
            "  ~ Resources.PostTrafficHook.Properties.MemorySize: approved 128, now 256",
            "If the change is intended, run the same command with --update to approve it.");
    }

    [Fact]
    public void Update_creates_then_keeps_the_approved_file_and_check_then_passes()
    {
        using var dir = new TempDirectory();
        var approved = dir.Combine("snapshots/approved.json");

        var missing = CliRun.Of("transform", Sample, "--check", approved);
        var created = CliRun.Of("transform", Sample, "--check", approved, "--update");
        var again = CliRun.Of("transform", Sample, "--check", approved, "--update");
        var check = CliRun.Of("transform", Sample, "--check", approved);

        missing.ExitCode.Should().Be(1);
        missing.Stderr.Should().Contain("does not exist; run the same command with --update to create it.");
        created.ExitCode.Should().Be(0, created.Stderr);
        created.Stdout.Should().Be($"Updated {approved}.\n");
        File.ReadAllText(approved).Should().Be(File.ReadAllText(SampleApproved));
        again.Stdout.Should().Be($"{approved} is up to date.\n");
        check.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Update_rewrites_a_drifted_file_in_its_own_format()
    {
        using var dir = new TempDirectory();
        var approved = dir.Write("approved.yaml", "Resources: {}\n");

        var run = CliRun.Of("transform", Sample, "--check", approved, "--update");

        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllText(approved).Should().StartWith("AWSTemplateFormatVersion: \"2010-09-09\"\n");
        CliRun.Of("transform", Sample, "--check", approved).ExitCode.Should().Be(0);
    }

    [Fact]
    public void An_invalid_template_exits_1_with_its_errors_and_leaves_the_approved_file()
    {
        using var dir = new TempDirectory();
        var template = dir.Write("t.yaml", "Transform: AWS::Serverless-2016-10-31\n");
        var approved = dir.Write("approved.json", "{}\n");

        var run = CliRun.Of("transform", template, "--check", approved, "--update");

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("error SAM");
        File.ReadAllText(approved).Should().Be("{}\n");
    }

    [Theory]
    [InlineData("--update needs --check", "--update")]
    [InlineData("leave out --output", "--check", "a.json", "--output", "out.json")]
    [InlineData("leave out --output", "--check", "a.json", "--output-dir", "out")]
    [InlineData("--check takes one template", "--check", "a.json", "second.yaml")]
    public void Options_that_do_not_fit_are_usage_errors(string message, params string[] options)
    {
        var run = CliRun.Of(["transform", Sample, .. options]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(message);
    }

    [Fact]
    public void Help_documents_check_and_update_with_examples()
    {
        var run = CliRun.Of("transform", "--help");

        run.Stdout.Should().Contain("--check <APPROVED.json>").And.Contain("--update")
            .And.Contain("samdeploy transform template.yaml --check approved.json --update");
    }
}
