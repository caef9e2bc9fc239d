using Newtonsoft.Json.Linq;
using SamDeploy.Templates;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>Every corpus input reads, and writing it (as JSON or YAML) then reading it back gives the same tree.</summary>
public sealed class CorpusRoundTripTests
{
    /// <summary>Every input parses; had one been meant to be unreadable, it would have to carry a positioned diagnostic.</summary>
    [CorpusFact]
    public void Every_input_reads()
    {
        var problems = new List<string>();
        foreach (var file in Corpus.InputFiles())
        {
            var result = TemplateReader.ReadFile(file);
            if (!result.Success)
            {
                var unplaced = result.Diagnostics.Where(d => d.Span is null).ToList();
                problems.Add(Path.GetFileName(file) + ": " + string.Join("; ", result.Diagnostics) + (unplaced.Count > 0 ? " (without a position)" : string.Empty));
            }
            else if (SourceInfo.GetSpan(result.Template!.Properties().First().Value) is null)
            {
                problems.Add(Path.GetFileName(file) + ": the first top-level value has no position");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>JSON and YAML output read back to the tree that was written, node kinds included.</summary>
    [CorpusFact]
    public void Every_input_round_trips_through_json_and_yaml()
    {
        var problems = new List<string>();
        foreach (var file in Corpus.InputFiles())
        {
            var original = TemplateReader.ReadFile(file).Template;
            if (original is null)
            {
                continue; // reported by Every_input_reads
            }

            foreach (var format in new[] { TemplateFormat.Json, TemplateFormat.Yaml })
            {
                var text = TemplateWriter.Write(original, format);
                var reread = TemplateReader.Read(text).Template;
                var difference = reread is null ? "does not read back" : TreeComparison.FirstDifference(original, reread);
                if (difference is not null)
                {
                    problems.Add($"{Path.GetFileName(file)} as {format}: {difference}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }
}
