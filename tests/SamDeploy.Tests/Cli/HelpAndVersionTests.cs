using System.Reflection;
using FluentAssertions;
using SamDeploy.Cli;
using Xunit;

namespace SamDeploy.Tests.Cli;

public sealed class HelpAndVersionTests
{
    [Fact]
    public void Version_prints_the_tool_version()
    {
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliRun.Of("--version");

        run.ExitCode.Should().Be(0);
        run.Stdout.Trim().Should().Be(expected);
        run.Stdout.Should().StartWith("0.1.0");
    }

    [Fact]
    public void Root_help_lists_the_transform_command_with_an_example()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("samdeploy [command] [options]")
            .And.Contain("transform")
            .And.Contain("Examples:")
            .And.Contain("samdeploy transform template.yaml");
    }

    [Fact]
    public void Transform_help_documents_every_option_examples_and_exit_codes()
    {
        var run = CliRun.Of("transform", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("samdeploy transform <TEMPLATE>...");
        foreach (var option in new[] { "--output", "--output-dir", "--format", "--partition", "--region", "--parameter", "--managed-policy-map", "AWS_REGION", "AWS_DEFAULT_REGION" })
        {
            run.Stdout.Should().Contain(option);
        }

        run.Stdout.Should().Contain("Examples:").And.Contain("--output-dir out").And.Contain("Exit codes:");
    }

    [Fact]
    public void Help_wins_over_other_errors()
    {
        CliRun.Of("transform", "--help", "--format", "xml").ExitCode.Should().Be(0);
    }
}
