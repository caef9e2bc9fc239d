using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;

namespace SamDeploy.Conformance;

/// <summary>Runs one corpus case the way the reference harness (tests/translator/test_translator.py) does.</summary>
internal sealed partial class CaseRunner
{
    private readonly string _corpus;

    /// <summary>Creates a runner over the corpus at <paramref name="corpusDirectory"/>.</summary>
    public CaseRunner(string corpusDirectory) => _corpus = corpusDirectory;

    /// <summary>Runs <paramref name="corpusCase"/>.</summary>
    public CaseResult Run(CorpusCase corpusCase)
    {
        var inputPath = Path.Combine(_corpus, "input", corpusCase.Name + ".yaml");
        var read = TemplateReader.ReadFile(inputPath);
        if (read.Template is null)
        {
            return CaseResult.Mismatch("The input could not be read: " + string.Join("; ", read.Diagnostics.Select(d => d.ToString())));
        }

        return corpusCase.IsError ? RunError(corpusCase.Name, read.Template) : RunSuccess(corpusCase.Name, read.Template);
    }

    /// <summary>The harness's normalisation of the actual message: <c>u'abc'</c> becomes <c>'abc'</c>.</summary>
    public static string NormaliseMessage(string message) => PythonUnicodeLiteral().Replace(message, "'$1'");

    private CaseResult RunSuccess(string name, JObject input)
    {
        var report = new StringBuilder();
        foreach (var (partition, region, folder) in HarnessOptions.Partitions)
        {
            var expectedPath = Path.Combine(_corpus, "output", folder, name + ".json");
            var result = Transform(input, HarnessOptions.ForSuccess(partition, region));
            if (result.Template is null)
            {
                report.Append(CultureSafe($"[{partition}] the transform failed: {result.ErrorMessage ?? "(no message)"}\n"));
                continue;
            }

            var expected = DeepSort.Sort(ReadJson(expectedPath));
            var actual = DeepSort.Sort(result.Template);
            if (!PythonValues.Equal(expected, actual))
            {
                report.Append(CultureSafe($"[{partition}] output differs from output/{(folder.Length == 0 ? string.Empty : folder + "/")}{name}.json:\n"));
                foreach (var line in TreeDiff.Describe(expected, actual))
                {
                    report.Append("  ").Append(line).Append('\n');
                }
            }
        }

        return report.Length == 0 ? CaseResult.Match : CaseResult.Mismatch(report.ToString().TrimEnd());
    }

    private CaseResult RunError(string name, JObject input)
    {
        var expected = (string?)ReadJson(Path.Combine(_corpus, "output", name + ".json"))["errorMessage"] ?? string.Empty;
        var result = Transform(input, HarnessOptions.ForError());
        if (result.Success)
        {
            return CaseResult.Mismatch("Expected the transform to fail with:\n  " + expected + "\nbut it succeeded.");
        }

        var actual = NormaliseMessage(result.ErrorMessage ?? string.Empty);
        return string.Equals(actual, expected, StringComparison.Ordinal)
            ? CaseResult.Match
            : CaseResult.Mismatch("Error message differs.\n  expected: " + expected + "\n  but was:  " + actual);
    }

    private static TransformResult Transform(JObject input, TransformOptions options) =>
        new SamTransformer(options).Transform(input);

    private static JToken ReadJson(string path)
    {
        using var reader = new JsonTextReader(new StreamReader(path))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        return JToken.ReadFrom(reader);
    }

    private static string CultureSafe(FormattableString text) => FormattableString.Invariant(text);

    [GeneratedRegex("u'([A-Za-z0-9]*)'", RegexOptions.CultureInvariant)]
    private static partial Regex PythonUnicodeLiteral();
}
