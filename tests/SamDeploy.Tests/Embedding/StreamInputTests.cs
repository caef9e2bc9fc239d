using System.Text;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Embedding;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Embedding;

/// <summary>The embedding entry points: text, tree and stream give the same result, with diagnostics and cancellation.</summary>
public class StreamInputTests
{
    private static string SampleText => File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "samples", "canary-with-hooks", "template.yaml"));

    [Fact]
    public async Task Text_tree_and_stream_input_give_the_same_template()
    {
        var transformer = new SamTransformer(new TransformOptions { Region = "eu-west-1" });
        var fromText = transformer.Transform(SampleText);
        var fromTree = transformer.Transform(SamDeploy.Templates.Reading.TemplateReader.Read(SampleText).Template!);
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SampleText)).ToArray());
        var fromStream = transformer.Transform(stream, "template.yaml");
        stream.Position = 0;
        var fromStreamAsync = await transformer.TransformAsync(stream, "template.yaml");

        fromText.Success.Should().BeTrue(fromText.ErrorMessage);
        var expected = TemplateWriter.Write(fromText.Template!);
        TemplateWriter.Write(fromTree.Template!).Should().Be(expected);
        TemplateWriter.Write(fromStream.Template!).Should().Be(expected);
        TemplateWriter.Write(fromStreamAsync.Template!).Should().Be(expected);
        stream.CanRead.Should().BeTrue("the caller's stream is left open");
    }

    [Fact]
    public void Diagnostics_from_a_stream_name_the_given_path()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: 3\n"));

        var result = new SamTransformer().Transform(stream, "in-memory.yaml");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().NotBeEmpty();
        result.Diagnostics.Should().OnlyContain(d => d.Span == null || d.Span.File == "in-memory.yaml");
        result.ErrorMessage.Should().StartWith("Invalid Serverless Application Specification document.");
    }

    [Fact]
    public async Task A_cancelled_token_stops_every_entry_point()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var transformer = new SamTransformer();
        var tree = SamDeploy.Templates.Reading.TemplateReader.Read(SampleText).Template!;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SampleText));

        ((Action)(() => transformer.Transform(SampleText, null, cancelled.Token))).Should().Throw<OperationCanceledException>();
        ((Action)(() => transformer.Transform(tree, cancelled.Token))).Should().Throw<OperationCanceledException>();
        ((Action)(() => transformer.Transform(stream, null, cancelled.Token))).Should().Throw<OperationCanceledException>();
        await ((Func<Task>)(() => transformer.TransformAsync(stream, null, cancelled.Token))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void One_transformer_serves_many_threads_with_identical_results_and_leaves_the_input_tree_alone()
    {
        var transformer = new SamTransformer();
        var tree = SamDeploy.Templates.Reading.TemplateReader.Read(SampleText).Template!;
        var before = tree.ToString();
        var expected = TemplateWriter.Write(transformer.Transform(tree).Template!);
        var outputs = new string[64];

        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var result = i % 2 == 0 ? transformer.Transform(tree) : transformer.Transform(SampleText);
            outputs[i] = TemplateWriter.Write(result.Template!);
        });

        outputs.Should().OnlyContain(o => o == expected);
        tree.ToString().Should().Be(before);
    }

    [Fact]
    public void A_generated_tree_transforms_without_any_text()
    {
        var template = new JObject
        {
            ["Transform"] = "AWS::Serverless-2016-10-31",
            ["Resources"] = new JObject
            {
                ["Api"] = new JObject
                {
                    ["Type"] = "AWS::Serverless::Function",
                    ["Properties"] = new JObject { ["Handler"] = "a.b", ["Runtime"] = "python3.12", ["CodeUri"] = "s3://bucket/key.zip" },
                },
            },
        };

        var result = new SamTransformer().Transform(template);

        result.Success.Should().BeTrue(result.ErrorMessage);
        result.Template!["Resources"]!["Api"]!["Type"]!.Value<string>().Should().Be("AWS::Lambda::Function");
        result.Template["Resources"]!["ApiRole"].Should().NotBeNull();
    }
}
