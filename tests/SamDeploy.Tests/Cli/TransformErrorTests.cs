using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Cli;

public sealed class TransformErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Invalid_template_exits_1_with_the_whole_message_then_a_located_diagnostic()
    {
        var template = _temp.Write("template.yaml", CliTemplates.NoResources);

        var run = CliRun.Of("transform", template);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Equal(
            CliTemplates.NoResourcesMessage,
            template + "(1,1): error SAM0010: Structure of the SAM template is invalid. 'Resources' section is required");
    }

    [Fact]
    public void Broken_yaml_exits_1_with_file_line_and_column()
    {
        var template = _temp.Write("broken.yaml", CliTemplates.BrokenYaml);

        var run = CliRun.Of("transform", template);

        run.ExitCode.Should().Be(1);
        run.StderrLines.Should().HaveCount(2);
        run.StderrLines[1].Should().MatchRegex(@"^.*broken\.yaml\(\d+,\d+\): error SAM\d{4}: ");
        run.StderrLines[1].Should().StartWith(template + "(").And.EndWith(run.StderrLines[0]);
    }

    [Fact]
    public void Invalid_template_with_output_writes_no_file()
    {
        var template = _temp.Write("template.yaml", CliTemplates.NoResources);
        var output = _temp.Combine("out.json");

        CliRun.Of("transform", template, "--output", output).ExitCode.Should().Be(1);

        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Missing_file_exits_2_with_a_clear_message()
    {
        var missing = _temp.Combine("missing.yaml");

        var run = CliRun.Of("transform", missing);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("missing.yaml").And.Contain("does not exist").And.NotContain("   at ");
    }

    [Fact]
    public void Missing_file_among_several_fails_before_anything_is_written()
    {
        var good = _temp.Write("good.yaml", CliTemplates.Plain);
        var outputDir = _temp.Combine("out");

        var run = CliRun.Of("transform", good, _temp.Combine("missing.yaml"), "--output-dir", outputDir);

        run.ExitCode.Should().Be(2);
        Directory.Exists(outputDir).Should().BeFalse();
    }

    [Fact]
    public void Empty_template_argument_exits_2()
    {
        var run = CliRun.Of("transform", "");

        run.ExitCode.Should().Be(2);
        run.StderrLines[0].Should().Be("samdeploy: error: Cannot read template '': the path is empty.");
    }

    [Fact]
    public void Directory_as_template_exits_2()
    {
        var run = CliRun.Of("transform", _temp.Path);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("is a directory");
    }

    [Theory]
    [InlineData("NoEquals")]
    [InlineData("=value")]
    public void Malformed_parameter_exits_2(string parameter)
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, "--parameter", parameter);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--parameter expects NAME=VALUE").And.Contain(parameter);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Several_templates_without_output_dir_exit_2()
    {
        var first = _temp.Write("a.yaml", CliTemplates.Plain);
        var second = _temp.Write("b.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", first, second);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--output-dir");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Output_with_several_templates_exits_2()
    {
        var first = _temp.Write("a.yaml", CliTemplates.Plain);
        var second = _temp.Write("b.yaml", CliTemplates.Plain);

        CliRun.Of("transform", first, second, "--output", _temp.Combine("x.json")).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Output_and_output_dir_together_exit_2()
    {
        var template = _temp.Write("a.yaml", CliTemplates.Plain);

        CliRun.Of("transform", template, "--output", _temp.Combine("x.json"), "--output-dir", _temp.Combine("d")).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Two_templates_with_the_same_name_cannot_share_an_output_dir()
    {
        Directory.CreateDirectory(_temp.Combine("x"));
        Directory.CreateDirectory(_temp.Combine("y"));
        var first = _temp.Write("x/template.yaml", CliTemplates.Plain);
        var second = _temp.Write("y/template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", first, second, "--output-dir", _temp.Combine("out"));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("would both be written");
    }

    [Fact]
    public void Output_dir_that_would_overwrite_a_json_template_exits_2()
    {
        var first = _temp.Write("a.json", CliTemplates.PlainJson);
        var second = _temp.Write("b.json", CliTemplates.PlainJson);

        var run = CliRun.Of("transform", first, second, "--output-dir", _temp.Path);

        run.ExitCode.Should().Be(2);
        File.ReadAllText(first).Should().Be(CliTemplates.PlainJson);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--partition", "aws-mars")]
    public void Value_outside_the_allowed_set_exits_2(string option, string value)
    {
        var template = _temp.Write("a.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, option, value);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(value).And.Contain("--help");
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var template = _temp.Write("a.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, "--bogus");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--bogus");
    }

    [Fact]
    public void No_template_exits_2()
    {
        CliRun.Of("transform").ExitCode.Should().Be(2);
    }

    [Fact]
    public void No_command_exits_2()
    {
        var run = CliRun.Of();

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("samdeploy --help");
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        CliRun.Of("deploy", "template.yaml").ExitCode.Should().Be(2);
    }
}
