using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Snapshots;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.Cli;
using SamDeploy.Tests.TestData;
using SamDeploy.Tests.Templates;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Embedding;

/// <summary>
/// <c>--format yaml</c> writes CloudFormation that reads back, with CloudFormation's scalar rules, to the very tree that was
/// written: strings that look like numbers, booleans, dates or nulls stay strings, and intrinsics stay in long form.
/// </summary>
public class YamlOutputRoundTripTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var template in Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "samples"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!template.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !template.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(Corpus.RepositoryRoot, template).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_transformed_sample_reads_back_from_yaml_as_the_same_tree(string sample)
    {
        var path = Path.Combine(Corpus.RepositoryRoot, sample);
        var result = new SamTransformer(new TransformOptions { ParameterValues = System.Collections.Immutable.ImmutableDictionary<string, JToken>.Empty.Add("Stage", "prod") }).Transform(File.ReadAllText(path), path);
        result.Success.Should().BeTrue(result.ErrorMessage);

        var yaml = TemplateWriter.Write(result.Template!, TemplateFormat.Yaml);
        var reread = TemplateReader.Read(yaml);

        reread.Success.Should().BeTrue(string.Join("\n", reread.Diagnostics));
        TreeComparison.FirstDifference(result.Template!, reread.Template!).Should().BeNull();
    }

    [Fact]
    public void Scalars_that_yaml_would_retype_round_trip_as_strings()
    {
        var tree = new JObject
        {
            ["Version"] = "2010-09-09",
            ["Numbers"] = new JArray("1", "0x1F", "1e3", ".5", "010", "-0"),
            ["Words"] = new JArray("true", "no", "on", "null", "~", "", " padded ", "a: b", "- x", "#c", "multi\nline\n"),
            ["Typed"] = new JArray(1, 2.5, true, JValue.CreateNull()),
            ["Intrinsic"] = new JObject { ["Fn::Sub"] = "${AWS::Region}" },
        };

        var reread = TemplateReader.Read(TemplateWriter.Write(tree, TemplateFormat.Yaml)).Template!;

        TreeComparison.FirstDifference(tree, reread).Should().BeNull();
    }

    [Fact]
    public void Every_corpus_output_round_trips_through_yaml()
    {
        if (Corpus.Directory is null)
        {
            return; // the corpus lives beside the repository; CorpusRoundTripTests covers the inputs when it is there
        }

        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus.Directory, "output"), "*.json").Order(StringComparer.Ordinal))
        {
            var original = TemplateReader.ReadFile(file).Template;
            if (original is null)
            {
                continue;
            }

            var reread = TemplateReader.Read(TemplateWriter.Write(original, TemplateFormat.Yaml)).Template;
            var difference = reread is null ? "does not read back" : TreeComparison.FirstDifference(original, reread);
            if (difference is not null)
            {
                problems.Add(Path.GetFileName(file) + ": " + difference);
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_cli_yaml_output_checks_equal_to_the_approved_json()
    {
        using var dir = new TempDirectory();
        var sample = Path.Combine(Corpus.RepositoryRoot, "samples", "linear-from-parameter");
        var output = dir.Combine("out.yaml");

        var run = CliRun.Of("transform", Path.Combine(sample, "template.yaml"), "--format", "yaml", "--output", output);

        run.ExitCode.Should().Be(0, run.Stderr);
        ApprovedSnapshot.Compare(Path.Combine(sample, "approved.json"), ApprovedSnapshot.Read(output)).Describe().Should().Be("The output matches the approved snapshot.");
    }
}
