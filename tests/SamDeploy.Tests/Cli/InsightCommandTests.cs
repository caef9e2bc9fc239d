using System.Xml.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.Insights;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary><c>samdeploy explain</c>, <c>lint</c> and <c>diff</c> run in-process.</summary>
public class InsightCommandTests
{
    private static readonly string Sample = RolloutSvgTests.SamplePath;

    [Fact]
    public void Explain_prints_a_table_by_default()
    {
        var run = CliRun.Of("explain", Sample);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith("CheckoutFunction (alias live), deployment group CheckoutFunctionDeploymentGroup\n")
            .And.Contain("Ref PaymentsRollout: custom DeploymentConfig PaymentsRollout, linear: +20% every 3 min");
    }

    [Fact]
    public void Explain_json_gives_each_function_s_steps()
    {
        var run = CliRun.Of("explain", Sample, "--format", "json");

        run.ExitCode.Should().Be(0, run.Stderr);
        var functions = (JArray)JObject.Parse(run.Stdout)["functions"]!;
        functions.Select(f => (string)f["function"]!).Should().Equal("CheckoutFunction", "SearchFunction", "PaymentsFunction");
        functions.Should().OnlyContain(f => (int)f["steps"]!.Last()!["percent"]! == 100);
    }

    [Fact]
    public void Explain_svg_writes_the_chart_to_a_file()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("rollout.svg");

        var run = CliRun.Of("explain", Sample, "--format", "svg", "--output", output);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().BeEmpty();
        XDocument.Load(output).Root!.Name.LocalName.Should().Be("svg");
        File.ReadAllText(output).Should().Be(RolloutSvgTests.SampleSvg());
    }

    [Fact]
    public void Explain_takes_parameter_values()
    {
        var path = Path.Combine(TestData.Corpus.RepositoryRoot, "samples", "linear-from-parameter", "template.yaml");

        var run = CliRun.Of("explain", path, "--parameter", "RolloutType=Canary10Percent15Minutes", "--format", "json");

        JObject.Parse(run.Stdout)["functions"]![0]!["steps"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("[{\"minute\":0,\"percent\":10},{\"minute\":15,\"percent\":100}]");
    }

    [Fact]
    public void Explain_of_an_invalid_template_exits_with_1()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("bad.yaml", CliTemplates.NoResources);

        var run = CliRun.Of("explain", path);

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("error SAM0010");
    }

    [Fact]
    public void Lint_prints_positioned_warnings_and_exits_with_0()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("template.yaml", InsightTemplates.WithPreference("Type: Canary10Percent5Minute\nAlarms: []\n"));

        var run = CliRun.Of("lint", path);

        run.ExitCode.Should().Be(0);
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            path + "(11,15): warning SAM1001: Fn.DeploymentPreference.Type 'Canary10Percent5Minute' is neither a predefined CodeDeploy configuration nor a DeploymentConfig of this template; the deployment group fails to create unless the account has a configuration of that name. Did you mean 'Canary10Percent5Minutes'?",
            path + "(12,17): warning SAM1006: Fn.DeploymentPreference.Alarms is empty: no alarm watches the rollout, so only a failing hook stops a bad version. List alarm names, or remove Alarms.",
            "2 warning(s), 0 error(s)");
    }

    [Fact]
    public void Lint_strict_turns_warnings_into_errors()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("template.yaml", InsightTemplates.WithPreference("Type: AllAtOnce\nAlarms: []\n"));

        var run = CliRun.Of("lint", path, "--strict");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain(": error SAM1006: ").And.EndWith("0 warning(s), 1 error(s)\n");
    }

    [Fact]
    public void Lint_strict_of_a_clean_template_exits_with_0()
    {
        var run = CliRun.Of("lint", Sample, "--strict");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be("0 warning(s), 0 error(s)\n");
    }

    [Fact]
    public void Diff_lists_the_functions_that_publish_a_new_version()
    {
        using var directory = new TempDirectory();
        var text = File.ReadAllText(Sample);
        var before = directory.Write("old.yaml", text);
        var after = directory.Write("new.yaml", text.Replace("search-1.8.0.zip", "search-1.9.0.zip", StringComparison.Ordinal).Replace("Timeout: 60", "Timeout: 90", StringComparison.Ordinal));

        var run = CliRun.Of("diff", before, after);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("Functions that publish a new version:\n  SearchFunction: SearchFunctionVersion")
            .And.Contain("CodeDeploy shifts the alias (Linear10PercentEvery2Minutes)")
            .And.Contain("Changes that publish no version (the alias keeps serving the old version):\n  CheckoutSmokeTest: Timeout changed");
        CliRun.Of("diff", before, after, "--format", "json").Stdout.Should().Contain("\"change\": \"newVersion\"");
    }

    [Fact]
    public void Help_lists_the_new_commands()
    {
        var run = CliRun.Of("--help");

        run.Stdout.Should().Contain("explain").And.Contain("lint").And.Contain("diff");
        CliRun.Of("lint", "--help").Stdout.Should().Contain("--strict").And.Contain("samdeploy lint template.yaml --strict");
    }
}
