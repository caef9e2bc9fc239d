using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary>The output format of <c>samdeploy bench</c> (never its timings, which depend on the machine).</summary>
public sealed class BenchCommandTests : IDisposable
{
    private const string SamTemplate = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          MyFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/key.zip
              Handler: index.handler
              Runtime: python3.12
              AutoPublishAlias: live
              DeploymentPreference:
                Type: Canary10Percent5Minutes
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Json_ends_with_one_line_holding_the_medians_over_templates()
    {
        var first = _temp.Write("first.yaml", SamTemplate);
        var second = _temp.Write("second.yaml", CliTemplates.Plain);

        var run = CliRun.Of("bench", "--iterations", "3", "--json", first, second);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        var last = lines[^1];
        last.Should().MatchRegex("""^\{"templates": 2, "medianTransformMs": [0-9.Ee-]+, "medianReadMs": [0-9.Ee-]+, "medianWriteMs": [0-9.Ee-]+\}$""");
        using var json = JsonDocument.Parse(last);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("templates", "medianTransformMs", "medianReadMs", "medianWriteMs");
        json.RootElement.GetProperty("templates").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("medianTransformMs").GetDouble().Should().BePositive();
    }

    [Fact]
    public void Table_has_a_header_and_one_row_per_template_in_order()
    {
        var first = _temp.Write("first.yaml", SamTemplate);
        var second = _temp.Write("second.yaml", CliTemplates.Plain);

        var run = CliRun.Of("bench", "-n", "2", first, second);

        run.ExitCode.Should().Be(0);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("TEMPLATE").And.Contain("READ ms").And.Contain("TRANSFORM ms").And.Contain("WRITE ms").And.Contain("GC ms/run");
        lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(7, "template, four figures, the collections' pause per run and the result");
        lines[1].Should().StartWith(first).And.EndWith("ok");
        lines[2].Should().StartWith(second).And.EndWith("ok");
        lines[3].Should().StartWith("median of 2 template(s), 2 timed run(s) each: read ");
        lines.Should().NotContain(l => l.StartsWith('{'));
    }

    [Fact]
    public void An_invalid_template_is_timed_without_a_write()
    {
        var invalid = _temp.Write("invalid.yaml", CliTemplates.NoResources);

        var run = CliRun.Of("bench", "-n", "1", "--json", invalid);

        run.ExitCode.Should().Be(0);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        lines[1].Should().StartWith(invalid).And.EndWith("invalid: 1 error(s)");
        lines[^1].Should().MatchRegex("""^\{"templates": 1, "medianTransformMs": [0-9.Ee-]+, "medianReadMs": [0-9.Ee-]+, "medianWriteMs": null\}$""");
    }

    [Fact]
    public void Zero_iterations_is_a_usage_error()
    {
        var template = _temp.Write("template.yaml", SamTemplate);

        var run = CliRun.Of("bench", "--iterations", "0", template);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--iterations must be at least 1.");
    }

    [Fact]
    public void A_missing_template_is_a_usage_error()
    {
        var run = CliRun.Of("bench", _temp.Combine("missing.yaml"));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("the file does not exist");
    }
}
