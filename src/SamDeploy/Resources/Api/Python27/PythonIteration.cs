using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// What Python walks when the reference iterates a template value (<c>for x in value</c>, <c>list.extend(value)</c>):
/// a list's items, a map's keys in Python's order (a key from the template stays a template string), a string's
/// characters as plain strings (a surrogate pair is one character, a lone surrogate one too).
/// </summary>
internal static class PythonIteration
{
    /// <summary>The items Python walks in <paramref name="value"/>, or null when Python cannot iterate it (a number, a boolean, None).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The items, or null.</returns>
    public static List<JToken>? Items(JToken value)
    {
        switch (value)
        {
            case JArray list:
                return [.. list];
            case JObject map:
                var keys = new List<JToken>();
                foreach (var key in Py27.Keys(map))
                {
                    keys.Add(Py27.Str(key, Py27.IsUnicodeKey(map, key)));
                }

                return keys;
            case JValue { Type: JTokenType.String } text:
                var characters = new List<JToken>();
                var chars = (string)text!;
                for (var i = 0; i < chars.Length; i++)
                {
                    var length = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]) ? 2 : 1;
                    characters.Add(Py27.Str(chars.Substring(i, length), unicode: false));
                    i += length - 1;
                }

                return characters;
            default:
                return null;
        }
    }
}
