using System.Collections.Immutable;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Globals;

/// <summary>
/// Runs the reference corpus's Globals error cases (from ../shared/sam-translator-tests, never copied into this
/// repository) end to end and compares the whole error message.
/// </summary>
public class GlobalsCorpusTests(ITestOutputHelper output)
{
    private const string Absent = "(corpus absent)";

    private static readonly string? CorpusDirectory = FindCorpus();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (CorpusDirectory is null)
        {
            data.Add(Absent);
            return data;
        }

        var names = Directory.EnumerateFiles(Path.Combine(CorpusDirectory, "input"), "error_global*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(CorpusDirectory, "input"), "error_*ignore_globals*.yaml"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_error_message_matches_the_reference(string name)
    {
        if (CorpusDirectory is null)
        {
            string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                .Should().BeFalse("the reference corpus must be present at ../shared/sam-translator-tests in CI");
            output.WriteLine("Skipped: the reference corpus is not at ../shared/sam-translator-tests.");
            return;
        }

        var expected = (string?)JObject.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, "output", name + ".json")))["errorMessage"];
        if (expected is null || !ComesFromGlobals(expected))
        {
            output.WriteLine($"Skipped: the error of {name} does not come from the Globals step.");
            return;
        }

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

        var result = transformer.Transform(File.ReadAllText(Path.Combine(CorpusDirectory, "input", name + ".yaml")), name + ".yaml");

        result.ErrorMessage.Should().Be(expected);
    }

    /// <summary>Whether the first error the reference reports is one the Globals step raises.</summary>
    private static bool ComesFromGlobals(string message)
    {
        const string Marker = "Number of errors found: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        var first = start < 0 ? message : message[(message.IndexOf(". ", start, StringComparison.Ordinal) + 2)..];
        return first.StartsWith("'Globals' section is invalid", StringComparison.Ordinal)
            || first.Contains("invalid resource attribute 'IgnoreGlobals'", StringComparison.Ordinal);
    }

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SamDeploy.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "sam-translator-tests"));
                return Directory.Exists(Path.Combine(corpus, "input")) ? corpus : null;
            }
        }

        return null;
    }
}
