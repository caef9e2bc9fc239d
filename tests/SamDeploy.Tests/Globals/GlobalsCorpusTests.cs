using System.Collections.Immutable;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;
using Xunit;
using SamDeploy.Tests.TestData;

namespace SamDeploy.Tests.Globals;

/// <summary>
/// Runs the reference corpus's Globals error cases (from ../shared/sam-translator-tests, never copied into this
/// repository) end to end and compares the whole error message.
/// </summary>
public class GlobalsCorpusTests
{
    /// <summary>The corpus error cases whose first error comes from the Globals step.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (Corpus.Directory is null)
        {
            data.Add("(corpus absent)");
            return data;
        }

        var names = Directory.EnumerateFiles(Corpus.InputDirectory!, "error_global*.yaml")
            .Concat(Directory.EnumerateFiles(Corpus.InputDirectory!, "error_*ignore_globals*.yaml"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Where(name => ComesFromGlobals(ExpectedMessage(name)))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(Cases))]
    public void The_error_message_matches_the_reference(string name)
    {
        var transformer = new SamTransformer(new TransformOptions
        {
            Region = "ap-southeast-1",
            ParameterValues = ImmutableDictionary.CreateRange(
                StringComparer.Ordinal,
                [
                    new KeyValuePair<string, JToken>("param1", "value1"),
                    new KeyValuePair<string, JToken>("param2", "value2"),
                ]),
        });

        var result = transformer.Transform(File.ReadAllText(Path.Combine(Corpus.InputDirectory!, name + ".yaml")), name + ".yaml");

        result.ErrorMessage.Should().Be(ExpectedMessage(name));
    }

    private static string ExpectedMessage(string name) =>
        (string?)JObject.Parse(File.ReadAllText(Path.Combine(Corpus.Directory!, "output", name + ".json")))["errorMessage"] ?? string.Empty;

    /// <summary>Whether the first error the reference reports is one the Globals step raises.</summary>
    private static bool ComesFromGlobals(string message)
    {
        const string Marker = "Number of errors found: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var first = start < 0 ? message : message[(message.IndexOf(". ", start, StringComparison.Ordinal) + 2)..];
        return first.StartsWith("'Globals' section is invalid", StringComparison.Ordinal)
            || first.Contains("invalid resource attribute 'IgnoreGlobals'", StringComparison.Ordinal);
    }
}
