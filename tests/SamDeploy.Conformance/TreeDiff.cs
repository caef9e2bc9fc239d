using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Conformance;

/// <summary>
/// A readable, path-wise difference between an expected and an actual tree, one line per difference
/// (<c>Resources.FnRole.Properties.ManagedPolicyArns[0]: expected "..." but was "..."</c>), capped in length.
/// Equality is Python's, as the harness's <c>assertEqual</c> uses it.
/// </summary>
internal static partial class TreeDiff
{
    /// <summary>The most lines a diff shows.</summary>
    public const int MaxLines = 40;

    private const int MaxValueLength = 300;

    /// <summary>The differences, at most <see cref="MaxLines"/> of them plus a line saying how many were left out.</summary>
    public static IReadOnlyList<string> Describe(JToken expected, JToken actual)
    {
        var lines = new List<string>();
        Walk(expected, actual, string.Empty, lines);
        if (lines.Count > MaxLines)
        {
            var more = lines.Count - MaxLines;
            lines.RemoveRange(MaxLines, more);
            lines.Add($"... and {more} more differences");
        }

        return lines;
    }

    private static void Walk(JToken expected, JToken actual, string path, List<string> lines)
    {
        if (expected is JObject expectedMap && actual is JObject actualMap)
        {
            foreach (var property in expectedMap.Properties())
            {
                var child = Child(path, property.Name);
                if (actualMap.TryGetValue(property.Name, StringComparison.Ordinal, out var value))
                {
                    Walk(property.Value, value, child, lines);
                }
                else
                {
                    lines.Add($"{child}: missing key (expected {Show(property.Value)})");
                }
            }

            foreach (var property in actualMap.Properties())
            {
                if (!expectedMap.ContainsKey(property.Name))
                {
                    lines.Add($"{Child(path, property.Name)}: unexpected key (was {Show(property.Value)})");
                }
            }

            return;
        }

        if (expected is JArray expectedList && actual is JArray actualList)
        {
            if (expectedList.Count != actualList.Count)
            {
                lines.Add($"{Root(path)}: expected {expectedList.Count} items but was {actualList.Count} (lists compared after the harness's sort)");
            }

            var common = Math.Min(expectedList.Count, actualList.Count);
            for (var i = 0; i < common; i++)
            {
                Walk(expectedList[i], actualList[i], $"{path}[{i}]", lines);
            }

            for (var i = common; i < expectedList.Count; i++)
            {
                lines.Add($"{path}[{i}]: missing item (expected {Show(expectedList[i])})");
            }

            for (var i = common; i < actualList.Count; i++)
            {
                lines.Add($"{path}[{i}]: unexpected item (was {Show(actualList[i])})");
            }

            return;
        }

        if (!PythonValues.Equal(expected, actual))
        {
            lines.Add($"{Root(path)}: expected {Show(expected)} but was {Show(actual)}");
        }
    }

    private static string Root(string path) => path.Length == 0 ? "(root)" : path;

    private static string Child(string path, string key)
    {
        var segment = PlainKey().IsMatch(key) ? key : "[" + JsonConvert.ToString(key) + "]";
        return path.Length == 0 || segment.StartsWith('[') ? path + segment : path + "." + segment;
    }

    private static string Show(JToken token)
    {
        var text = token.ToString(Formatting.None);
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "...";
    }

    [GeneratedRegex("^[A-Za-z0-9_:@/$-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainKey();
}
