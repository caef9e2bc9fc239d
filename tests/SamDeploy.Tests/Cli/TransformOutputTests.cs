using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Cli;

public sealed class TransformOutputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void One_template_goes_to_stdout_as_json()
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"));
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Format_yaml_writes_yaml_with_long_form_intrinsics()
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, "--format", "yaml");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be("""
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName:
                    Fn::Sub: ${AWS::Region}-bucket

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Output_writes_the_file_and_nothing_to_stdout()
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);
        var output = _temp.Combine("nested/out.json");

        var run = CliRun.Of("transform", template, "--output", output);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().BeEmpty();
        File.ReadAllText(output).Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_file_that_cannot_take_the_output_is_a_usage_error()
    {
        // Linux's /dev/full opens and then fails every write with "no space left", as a full disk does. The output
        // is streamed into the file, so the failure comes while writing, not when opening.
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, "--output", "/dev/full");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("Cannot write '/dev/full'");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Standard_output_that_cannot_take_the_output_is_a_usage_error()
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        var exitCode = SamDeploy.Cli.CliApp.Run(["transform", template], new FullWriter(), stderr, CliRun.NoEnvironment);

        exitCode.Should().Be(2);
        stderr.ToString().Should().Contain("Cannot write to standard output: No space left");
    }

    [Fact]
    public void A_failure_while_writing_a_file_leaves_it_closed()
    {
        var path = _temp.Combine("partial.json");

        var write = () => SamDeploy.Cli.CliFiles.Write(path, writer =>
        {
            writer.Write("partial");
            throw new InvalidOperationException("not an I/O failure");
        });

        write.Should().Throw<InvalidOperationException>();
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        exclusive.Length.Should().Be("partial".Length, "closing flushed what was written");
    }

    [Fact]
    public void Output_file_has_no_byte_order_mark()
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);
        var output = _temp.Combine("out.json");

        CliRun.Of("transform", template, "-o", output).ExitCode.Should().Be(0);

        File.ReadAllBytes(output)[0].Should().Be((byte)'{');
    }

    [Fact]
    public void Output_dir_writes_one_file_per_template_named_after_it()
    {
        var first = _temp.Write("first.yaml", CliTemplates.Plain);
        var second = _temp.Write("second.template", CliTemplates.Plain);
        var outputDir = _temp.Combine("out");

        var run = CliRun.Of("transform", first, second, "--output-dir", outputDir);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().BeEmpty();
        Directory.GetFiles(outputDir).Select(Path.GetFileName).Should().BeEquivalentTo("first.json", "second.json");
        File.ReadAllText(Path.Combine(outputDir, "first.json")).Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Output_dir_with_format_yaml_uses_the_yaml_extension()
    {
        var first = _temp.Write("first.yaml", CliTemplates.Plain);
        var second = _temp.Write("second.json", CliTemplates.PlainJson);
        var outputDir = _temp.Combine("out");

        var run = CliRun.Of("transform", first, second, "--output-dir", outputDir, "--format", "yaml");

        run.ExitCode.Should().Be(0);
        Directory.GetFiles(outputDir).Select(Path.GetFileName).Should().BeEquivalentTo("first.yaml", "second.yaml");
        File.ReadAllText(Path.Combine(outputDir, "second.yaml")).Should().StartWith("AWSTemplateFormatVersion:");
    }

    [Fact]
    public void Output_dir_still_writes_the_valid_templates_when_one_is_invalid()
    {
        var good = _temp.Write("good.yaml", CliTemplates.Plain);
        var bad = _temp.Write("bad.yaml", CliTemplates.NoResources);
        var outputDir = _temp.Combine("out");

        var run = CliRun.Of("transform", good, bad, "--output-dir", outputDir);

        run.ExitCode.Should().Be(1);
        Directory.GetFiles(outputDir).Select(Path.GetFileName).Should().BeEquivalentTo("good.json");
        run.StderrLines.Should().Contain(CliTemplates.NoResourcesMessage);
    }

    [Fact]
    public void Json_input_is_accepted()
    {
        var template = _temp.Write("template.json", CliTemplates.PlainJson);

        var run = CliRun.Of("transform", template);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be(CliTemplates.PlainJson.ReplaceLineEndings("\n"));
    }

    /// <summary>A standard output on a full disk: every write fails.</summary>
    private sealed class FullWriter : StringWriter
    {
        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
