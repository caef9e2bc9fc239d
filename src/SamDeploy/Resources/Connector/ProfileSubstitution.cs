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
        // A placeholder can only stand inside one name or string of the value's JSON text (neither '%' nor '{' is
        // escaped there), so a value none of whose names and strings holds "%{" has none; the text is written (with
        // Newtonsoft's writer, whose set-up costs a run milliseconds) only when one might.
        if (!HoldsPlaceholderStart(value))
        {
            return null;
        }

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

        if (!HoldsSubVariable(text))
        {
            return text;
        }

        return variables.Count > 0
            ? new JObject { ["Fn::Sub"] = new JArray(text, variables) }
            : new JObject { ["Fn::Sub"] = text };
    }

    /// <summary>
    /// Whether the text matches the reference's <c>\$\{.+\}</c>: a <c>${</c>, then at least one character and a later
    /// <c>}</c>, with no line break between them (written out: the first generated regular expression used builds the
    /// search tables of all of them).
    /// </summary>
    internal static bool HoldsSubVariable(string text)
    {
        for (var start = text.IndexOf("${", StringComparison.Ordinal); start >= 0; start = text.IndexOf("${", start + 1, StringComparison.Ordinal))
        {
            if (start + 3 > text.Length)
            {
                break;
            }

            var lineEnd = text.IndexOf('\n', start + 2);
            var close = text.IndexOf('}', start + 3);
            if (close >= 0 && (lineEnd < 0 || close < lineEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name or string anywhere in the value holds <c>%{</c>, or the value holds something whose JSON text is
    /// not just its maps, lists, strings, numbers, booleans and nulls (a property as the root, a URI, raw text, a
    /// comment): then the text is searched as before.
    /// </summary>
    private static bool HoldsPlaceholderStart(JToken value)
    {
        foreach (var node in new TreeWalk(value))
        {
            switch (node.Type)
            {
                case JTokenType.String:
                    if (((JValue)node).Value is string text && text.Contains("%{", StringComparison.Ordinal))
                    {
                        return true;
                    }

                    break;
                case JTokenType.Object:
                    foreach (var property in ((JObject)node).Properties())
                    {
                        if (property.Name.Contains("%{", StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }

                    break;
                case JTokenType.Array or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean or JTokenType.Null:
                    break;
                default:
                    return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"%\{[\w\.]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex LeftOver();
}
