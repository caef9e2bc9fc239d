using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>
/// Resolves the intrinsics the reference transform resolves at transform time: <c>Ref</c> to a parameter,
/// <c>${Param}</c> inside <c>Fn::Sub</c> and, for mappings, <c>Fn::FindInMap</c>. Like the reference it works in
/// place: maps and lists inside the given value are changed, and the (possibly replaced) value is returned.
/// </summary>
internal sealed partial class IntrinsicResolver
{
    private readonly IReadOnlyDictionary<string, JToken> _values;
    private readonly bool _mappings;

    private IntrinsicResolver(IReadOnlyDictionary<string, JToken> values, bool mappings)
    {
        _values = values;
        _mappings = mappings;
    }

    /// <summary>A resolver for parameter references (<c>Ref</c> and <c>Fn::Sub</c>).</summary>
    /// <param name="parameters">Parameter values by name.</param>
    /// <returns>The resolver.</returns>
    public static IntrinsicResolver ForParameters(IReadOnlyDictionary<string, JToken> parameters) => new(parameters, mappings: false);

    /// <summary>A resolver for <c>Fn::FindInMap</c> over a template's <c>Mappings</c>.</summary>
    /// <param name="mappings">The Mappings section; null or not a map is the reference's error.</param>
    /// <returns>The resolver.</returns>
    public static IntrinsicResolver ForMappings(JToken? mappings)
    {
        if (mappings is not JObject map)
        {
            throw TemplateErrors.Template("'Mappings' or 'Parameters' is either null or not a valid dictionary.", mappings);
        }

        return new(map.Properties().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal), mappings: true);
    }

    [GeneratedRegex(@"\$\{([A-Za-z0-9\.]+|AWS::[A-Z][A-Za-z]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex SubReference();

    /// <summary>Resolves in place and returns the resolved value.</summary>
    /// <param name="value">The value; may be null.</param>
    /// <returns>The resolved value.</returns>
    public JToken? Resolve(JToken? value)
    {
        if (value is null || _values.Count == 0)
        {
            return value;
        }

        return TreeRewriter.RewriteFunctions(value, ResolveOne);
    }

    /// <summary>Resolves a copy of <paramref name="value"/>, leaving the original untouched.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The resolved copy.</returns>
    public JToken? ResolveCopy(JToken? value) => Resolve(value?.DeepClone());

    private JToken ResolveOne(JToken value)
    {
        if (value is not JObject { Count: 1 } map)
        {
            return value;
        }

        var property = map.Properties().First();
        if (_mappings)
        {
            return property.Name == "Fn::FindInMap" ? FindInMap(property.Value, value) : value;
        }

        switch (property.Name)
        {
            case "Ref" when property.Value is JValue { Type: JTokenType.String } name:
                return ParameterValue((string)name!) ?? value;
            case "Fn::Sub":
                property.Value = SubstituteValue(property.Value, (full, name) => ParameterValue(name) ?? full);
                return value;
            default:
                return value;
        }
    }

    private JToken? ParameterValue(string name)
    {
        if (!_values.TryGetValue(name, out var found))
        {
            return null;
        }

        return found is JValue { Type: JTokenType.String } text && ((string)text!).StartsWith("{{IntrinsicFunction:", StringComparison.Ordinal) ? null : found.DeepClone();
    }

    /// <summary>Applies <paramref name="replace"/> to every <c>${Name}</c> in the string part of an <c>Fn::Sub</c> value.</summary>
    /// <param name="subValue">The value of <c>Fn::Sub</c>.</param>
    /// <param name="replace">Gets the whole reference and the name; returns the replacement.</param>
    /// <param name="keepUnchanged">
    /// Keep the string token when nothing changed (for the rewrites after the transform, where only the text matters).
    /// Otherwise the string is a new token that keeps the annotations of the old one: like the reference, whose
    /// substitutions keep a template string's Python type (its Py27UniStr replace returns a Py27UniStr), the result
    /// stays a template-derived string, and it keeps its position in the template.
    /// </param>
    /// <returns>The new value of <c>Fn::Sub</c>.</returns>
    public static JToken SubstituteValue(JToken subValue, Func<JToken, string, JToken> replace, bool keepUnchanged = false)
    {
        ArgumentNullException.ThrowIfNull(subValue);
        ArgumentNullException.ThrowIfNull(replace);
        if (subValue is JValue { Type: JTokenType.String } text)
        {
            var original = (string)text!;
            var substituted = SubstituteAll(original, replace);
            return keepUnchanged && ReferenceEquals(substituted, original) ? text : WithAnnotationsOf(text, substituted);
        }

        if (subValue is JArray { Count: > 0 } list && list[0] is JValue { Type: JTokenType.String } first)
        {
            var original = (string)first!;
            var substituted = SubstituteAll(original, replace);
            if (!keepUnchanged || !ReferenceEquals(substituted, original))
            {
                list[0] = WithAnnotationsOf(first, substituted);
            }
        }

        return subValue;
    }

    private static JValue WithAnnotationsOf(JValue original, string text)
    {
        var value = new JValue(text);
        TokenAnnotations.CopyAll(original, value);
        return value;
    }

    private static string SubstituteAll(string text, Func<JToken, string, JToken> replace)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        var result = text;
        foreach (Match match in SubReference().Matches(text))
        {
            var replacement = replace(new JValue(match.Value), match.Groups[1].Value);
            if (replacement is not JValue { Type: JTokenType.String } replacementText)
            {
                throw TemplateErrors.Template($"Invalid Fn::Sub variable value {PythonRepr.Format(replacement)}. Fn::Sub expects all variables to be strings.");
            }

            // A variable replaced by itself changes nothing (the rewrites after the transform leave most of them).
            var at = string.Equals((string?)replacementText, match.Value, StringComparison.Ordinal) ? -1 : result.IndexOf(match.Value, StringComparison.Ordinal);
            if (at >= 0)
            {
                result = string.Concat(result.AsSpan(0, at), (string)replacementText!, result.AsSpan(at + match.Value.Length));
            }
        }

        return result;
    }

    private JToken FindInMap(JToken arguments, JToken original)
    {
        if (arguments is not JArray { Count: 3 } list)
        {
            throw TemplateErrors.Template($"Invalid FindInMap value {PythonRepr.Format(arguments)}. FindInMap expects an array with 3 values.");
        }

        var mapName = ResolveOne(list[0]);
        var topKey = ResolveOne(list[1]);
        var secondKey = ResolveOne(list[2]);
        if (mapName is JValue { Type: JTokenType.String } m && topKey is JValue { Type: JTokenType.String } t && secondKey is JValue { Type: JTokenType.String } s
            && _values.TryGetValue((string)m!, out var map) && map is JObject mapObject
            && mapObject[(string)t!] is JObject level && level.TryGetValue((string)s!, StringComparison.Ordinal, out var found))
        {
            return found;
        }

        return original;
    }
}
