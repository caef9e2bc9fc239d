using System.Text;
using FluentAssertions;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// "No unhandled exception, ever": every input of the corpus, whatever its tier and whatever SamDeploy supports yet,
/// ends in a template or in error diagnostics, in all three partitions. An exception is a failure naming the case.
/// </summary>
public sealed class CorpusNeverThrowsTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_corpus_input_ends_in_a_template_or_diagnostics_in_every_partition()
    {
        var files = Corpus.InputFiles();
        var transformers = RobustTransform.Partitions.Select(p => (p.Partition, Transformer: new SamTransformer(RobustTransform.For(p.Partition, p.Region)))).ToList();
        var failures = new StringBuilder();
        int templates = 0, diagnosed = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var (partition, transformer) in transformers)
            {
                var name = Path.GetFileNameWithoutExtension(file) + " [" + partition + "]";
                try
                {
                    var result = transformer.Transform(text, file);
                    if (RobustTransform.Violation(result) is { } violation)
                    {
                        failures.AppendLine(name + ": " + violation);
                    }
                    else if (result.Success)
                    {
                        templates++;
                    }
                    else
                    {
                        diagnosed++;
                    }
                }
                catch (Exception e)
                {
                    failures.AppendLine(name + ": " + e.GetType().Name + ": " + e.Message + Environment.NewLine + e.StackTrace);
                }
            }
        }

        output.WriteLine($"{files.Count} corpus inputs x {transformers.Count} partitions: {templates} templates, {diagnosed} ended in diagnostics.");
        files.Should().NotBeEmpty();
        failures.ToString().Should().BeEmpty("no input may end in an exception or in neither a template nor diagnostics");
    }
}
