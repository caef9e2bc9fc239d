using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// Fills the <c>%{Name}</c> placeholders of profile values, as the reference does: a string that is exactly one
/// placeholder becomes the value itself; a placeholder among other text becomes a <c>${Name}</c> variable (the name
/// without its non-alphanumeric characters) of a <c>Fn::Sub</c>; any string still holding <c>${...}</c> is a
/// <c>Fn::Sub</c>.
/// </summary>
internal static partial class ProfileSubstitution
{
    /// <summary>A copy of <paramref name="value"/> with every placeholder of <paramref name="replacements"/> filled.</summary>
    /// <param name="value">A profile value (maps, lists and strings).</param>
    /// <param name="replacements">The placeholder names and their values, in the order they are tried; a null value is missing.</param>
    /// <returns>The filled copy.</returns>
    /// <exception cref="ConnectorException">A placeholder in use has no value (<c>NAME is missing.</c>).</exception>
    public static JToken Replace(JToken value, IReadOnlyList<KeyValuePair<string, JToken?>> replacements) => value switch
    {
        JObject map => new JObject(map.Properties().Select(p => new JProperty(p.Name, Replace(p.Value, replacements)))),
        JArray list => new JArray(list.Select(item => Replace(item, replacements))),
        JValue { Type: JTokenType.String } text => ReplaceString((string)text!, replacements),
        _ => value.DeepClone(),
    };

    /// <summary>The placeholders left in a value, as the reference lists them (Python's list repr).</summary>
    /// <param name="value">The filled value.</param>
    /// <returns>The message naming them, or null when none is left.</returns>
    public static string? UnreplacedMessage(JToken value)
    {
        var matches = LeftOver().Matches(value.ToString(Newtonsoft.Json.Formatting.None)).Select(m => "'" + m.Value + "'").ToList();
        return matches.Count == 0 ? null : "The following variables have not been replaced: [" + string.Join(", ", matches) + "]";
    }

    private static JToken ReplaceString(string text, IReadOnlyList<KeyValuePair<string, JToken?>> replacements)
    {
        var variables = new JObject();
        foreach (var (name, replacement) in replacements)
        {
            var pattern = "%{" + name + "}";
            if (!text.Contains(pattern, StringComparison.Ordinal))
            {
                continue;
            }

            if (replacement is null || replacement.Type == JTokenType.Null)
            {
                throw new ConnectorException(name + " is missing.");
            }

            if (string.Equals(text, pattern, StringComparison.Ordinal))
            {
                return replacement.DeepClone();
            }

            var variable = PythonText.AlnumOnly(name);
            text = text.Replace(pattern, "${" + variable + "}", StringComparison.Ordinal);
            variables[variable] = replacement.DeepClone();
        }

        if (!SubVariable().IsMatch(text))
        {
            return text;
        }

        return variables.Count > 0
            ? new JObject { ["Fn::Sub"] = new JArray(text, variables) }
            : new JObject { ["Fn::Sub"] = text };
    }

    [GeneratedRegex(@"\$\{.+\}", RegexOptions.CultureInvariant)]
    private static partial Regex SubVariable();

    [GeneratedRegex(@"%\{[\w\.]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex LeftOver();
}
