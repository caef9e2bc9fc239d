using System.Globalization;
using FluentAssertions;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>Same input and options, same bytes out: across runs, across cultures and from concurrent transforms.</summary>
public sealed class DeterminismTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE", "ar-SA", "ja-JP"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var sample in Samples())
        {
            data.Add(sample);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_is_the_same_bytes_in_every_culture(string file)
    {
        var text = File.ReadAllText(file);
        var options = RobustTransform.For("aws", "us-east-1");
        var expected = InCulture(CultureInfo.InvariantCulture, () => RobustTransform.Fingerprint(new SamTransformer(options).Transform(text, file)));

        foreach (var name in Cultures)
        {
            var actual = InCulture(CultureInfo.GetCultureInfo(name), () => RobustTransform.Fingerprint(new SamTransformer(options).Transform(text, file)));
            actual.Should().Be(expected, "the output in {0} must equal the invariant culture's", name);
        }
    }

    [CorpusFact]
    public void Corpus_outputs_and_errors_are_the_same_bytes_in_every_culture()
    {
        // Every 7th corpus input (success and error cases alike) keeps this test to a few seconds.
        var files = Corpus.InputFiles().Where((_, i) => i % 7 == 0).ToList();
        var transformer = new SamTransformer(RobustTransform.For("aws", "ap-southeast-1"));
        var expected = InCulture(CultureInfo.InvariantCulture, () => files.Select(f => RobustTransform.Fingerprint(transformer.Transform(File.ReadAllText(f), f))).ToList());

        foreach (var name in Cultures)
        {
            var actual = InCulture(CultureInfo.GetCultureInfo(name), () => files.Select(f => RobustTransform.Fingerprint(transformer.Transform(File.ReadAllText(f), f))).ToList());
            for (var i = 0; i < files.Count; i++)
            {
                actual[i].Should().Be(expected[i], "{0} in {1} must equal the invariant culture's output", Path.GetFileName(files[i]), name);
            }
        }
    }

    [CorpusFact]
    public void Text_input_transformed_in_place_gives_what_a_copied_tree_gives()
    {
        // Transform(text) edits the tree it has just read instead of copying it; Transform(tree) copies the caller's.
        var transformer = new SamTransformer(RobustTransform.For("aws", "us-east-1"));
        foreach (var file in Corpus.InputFiles())
        {
            var text = File.ReadAllText(file);
            var tree = SamDeploy.Templates.Reading.TemplateReader.Read(text, file).Template!;
            var before = tree.DeepClone();
            var copied = RobustTransform.Fingerprint(transformer.Transform(tree));

            RobustTransform.Fingerprint(transformer.Transform(text, file)).Should().Be(copied, "{0} must transform the same both ways", Path.GetFileName(file));
            Newtonsoft.Json.Linq.JToken.DeepEquals(before, tree).Should().BeTrue("the caller's tree of {0} must not change", Path.GetFileName(file));
        }
    }

    [Fact]
    public void Eight_concurrent_transforms_on_shared_options_give_identical_bytes()
    {
        var texts = Samples().Select(File.ReadAllText).ToList();
        texts.Add(LimitTests.BillionLaughs().Replace("*l8", "*l3", StringComparison.Ordinal));
        var transformer = new SamTransformer(RobustTransform.For("aws", "us-east-1"));
        var expected = texts.Select(t => RobustTransform.Fingerprint(transformer.Transform(t, "t.yaml"))).ToList();

        var results = new string[8][];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = [.. Enumerable.Range(0, 3).SelectMany(_ => texts.Select(t => RobustTransform.Fingerprint(transformer.Transform(t, "t.yaml"))))];
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        foreach (var result in results)
        {
            result.Should().Equal(Enumerable.Range(0, 3).SelectMany(_ => expected));
        }
    }

    private static IEnumerable<string> Samples() =>
        Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "samples"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Fuzz", "seeds")).Order(StringComparer.Ordinal));

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
