using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Robustness;

/// <summary>What the transform does not own comes out unchanged, and the caller's tree is never changed.</summary>
public sealed class NoDataLossTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_corpus_output_keeps_what_the_transform_does_not_own_and_leaves_the_input_tree_alone()
    {
        var transformer = new SamTransformer(RobustTransform.For("aws", "ap-southeast-1"));
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var file in Corpus.InputFiles())
        {
            var read = SamDeploy.Templates.Reading.TemplateReader.Read(File.ReadAllText(file), file);
            if (read.Template is not { } input)
            {
                continue;
            }

            var before = input.DeepClone();
            var result = transformer.Transform(input);
            if (!JToken.DeepEquals(before, input))
            {
                problems.Add(Path.GetFileName(file) + ": the input tree was changed");
            }

            if (result.Template is { } template)
            {
                checkedCount++;
                problems.AddRange(DataLossCheck.Losses(input, template).Select(l => Path.GetFileName(file) + ": " + l));
            }
        }

        output.WriteLine($"{checkedCount} corpus outputs checked for lost or changed data.");
        checkedCount.Should().BeGreaterThan(100);
        problems.Should().BeEmpty();
    }
}
