using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.LogicalIds;

/// <summary>
/// Writes a tree as the reference transform's hash input: compact JSON with keys sorted by code point,
/// <c>,</c> and <c>:</c> separators, every non-ASCII character escaped as <c>\uXXXX</c> (lower-case hex),
/// and numbers the way Python prints them.
/// </summary>
internal static class PythonJson
{
    /// <summary>Serializes <paramref name="token"/> in the reference's canonical form.</summary>
    /// <param name="token">The value.</param>
    /// <returns>The canonical JSON text.</returns>
    public static string Dumps(JToken token) => Dumps(token, ",", ":");

    /// <summary>
    /// Serializes with other separators; <c>Dumps(token, ", ", ": ")</c> is Python's default
    /// <c>json.dumps(value, sort_keys=True)</c>.
    /// </summary>
    /// <param name="token">The value.</param>
    /// <param name="itemSeparator">Between list items and map entries.</param>
    /// <param name="keySeparator">Between a key and its value.</param>
    /// <returns>The JSON text.</returns>
    internal static string Dumps(JToken token, string itemSeparator, string keySeparator) =>
        Dumps(token, itemSeparator, keySeparator, SortedKeys);

    /// <summary>Serializes with the given separators and map keys in the order <paramref name="keyOrder"/> gives.</summary>
    /// <param name="token">The value.</param>
    /// <param name="itemSeparator">Between list items and map entries.</param>
    /// <param name="keySeparator">Between a key and its value.</param>
    /// <param name="keyOrder">The keys of a map in the order to write them (Python's <c>sort_keys</c> or its dict order).</param>
    /// <returns>The JSON text.</returns>
    internal static string Dumps(JToken token, string itemSeparator, string keySeparator, Func<JObject, IEnumerable<string>> keyOrder)
    {
        ArgumentNullException.ThrowIfNull(token);
        var builder = new StringBuilder();
        Write(builder, token, itemSeparator, keySeparator, keyOrder);
        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Dumps(JToken)"/> of a map given as its keys (each once) and values, without building it: the values
    /// stay where they are instead of being copied into a new map (a Newtonsoft map copies a value that has a parent).
    /// Sorts both lists by key, keys that compare equal in the order given (the map's own order).
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="values">The value of each key.</param>
    /// <returns>The canonical JSON text.</returns>
    internal static string DumpsMap(string[] keys, JToken[] values)
    {
        SortStably(keys, values);
        var builder = new StringBuilder();
        builder.Append('{');
        for (var i = 0; i < keys.Length; i++)
        {
            WriteMember(builder, i == 0, keys[i], values[i], ",", ":", SortedKeys);
        }

        return builder.Append('}').ToString();
    }

    private static string[] SortedKeys(JObject map)
    {
        var keys = new string[map.Count];
        var i = 0;
        for (var property = map.First as JProperty; property is not null; property = property.Next as JProperty)
        {
            keys[i++] = property.Name;
        }

        SortStably(keys, null);
        return keys;
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> by code point, and <paramref name="values"/> (when given) along with them. Stable:
    /// distinct keys can compare equal by code point (lone surrogates read as U+FFFD), and those keep the order they
    /// were given in. Binary insertion, not LINQ's OrderBy, whose generic set-up is a measurable part of a one-template
    /// run (README, Performance); maps are mostly small, and a large one costs n log n comparisons and a block move per
    /// key.
    /// </summary>
    private static void SortStably(string[] keys, JToken[]? values)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            if (CodePointComparer.Instance.Compare(keys[i - 1], key) <= 0)
            {
                continue;
            }

            // The first of keys[0..i) that sorts after key (equal ones stay before it).
            int low = 0, high = i - 1;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (CodePointComparer.Instance.Compare(keys[middle], key) > 0)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            Array.Copy(keys, low, keys, low + 1, i - low);
            keys[low] = key;
            if (values is not null)
            {
                var value = values[i];
                Array.Copy(values, low, values, low + 1, i - low);
                values[low] = value;
            }
        }
    }

    private static void Write(StringBuilder builder, JToken token, string itemSeparator, string keySeparator, Func<JObject, IEnumerable<string>> keyOrder)
    {
        switch (token)
        {
            case JObject map:
                builder.Append('{');
                var first = true;
                foreach (var key in keyOrder(map))
                {
                    WriteMember(builder, first, key, map[key]!, itemSeparator, keySeparator, keyOrder);
                    first = false;
                }

                builder.Append('}');
                break;
            case JArray list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(itemSeparator);
                    }

                    Write(builder, list[i], itemSeparator, keySeparator, keyOrder);
                }

                builder.Append(']');
                break;
            case JValue value:
                WriteValue(builder, value);
                break;
            default:
                throw new ArgumentException("Unexpected token " + token.Type.ToString(), nameof(token));
        }
    }

    /// <summary>One entry of a map: the separator (unless it is the first), the key, the key separator, the value.</summary>
    private static void WriteMember(StringBuilder builder, bool first, string key, JToken value, string itemSeparator, string keySeparator, Func<JObject, IEnumerable<string>> keyOrder)
    {
        if (!first)
        {
            builder.Append(itemSeparator);
        }

        WriteString(builder, key);
        builder.Append(keySeparator);
        Write(builder, value, itemSeparator, keySeparator, keyOrder);
    }

    private static void WriteValue(StringBuilder builder, JValue value)
    {
        switch (value.Type)
        {
            case JTokenType.Null:
            case JTokenType.Undefined:
                builder.Append("null");
                break;
            case JTokenType.Boolean:
                builder.Append((bool)value! ? "true" : "false");
                break;
            case JTokenType.Integer:
                builder.Append(Convert.ToString(value.Value, CultureInfo.InvariantCulture));
                break;
            case JTokenType.Float:
                builder.Append(FormatFloat(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture)));
                break;
            default:
                WriteString(builder, Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    /// <summary>Formats a double as Python's <c>repr(float)</c>.</summary>
    internal static string FormatFloat(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(number))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(number))
        {
            return "-Infinity";
        }

        // Shortest round-trip digits, then Python's layout: plain for exponents -4..15, else d.ddde+XX.
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        text = text.TrimStart('-');
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var pointPosition = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0').TrimEnd('0');
        pointPosition -= leadingZeros;
        if (digits.Length == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        var decimalExponent = pointPosition - 1;
        string result;
        if (decimalExponent < -4 || decimalExponent >= 16)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : string.Empty;
            result = digits[0] + fraction + "e" + (decimalExponent < 0 ? "-" : "+") + Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (pointPosition <= 0)
        {
            result = "0." + new string('0', -pointPosition) + digits;
        }
        else if (pointPosition >= digits.Length)
        {
            result = digits + new string('0', pointPosition - digits.Length) + ".0";
        }
        else
        {
            result = digits[..pointPosition] + "." + digits[pointPosition..];
        }

        return negative ? "-" + result : result;
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Orders strings by Unicode code point, as Python compares them.</summary>
    internal sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var left = x.EnumerateRunes().GetEnumerator();
            var right = y.EnumerateRunes().GetEnumerator();
            while (true)
            {
                var hasLeft = left.MoveNext();
                var hasRight = right.MoveNext();
                if (!hasLeft || !hasRight)
                {
                    return hasLeft.CompareTo(hasRight);
                }

                var order = left.Current.Value.CompareTo(right.Current.Value);
                if (order != 0)
                {
                    return order;
                }
            }
        }
    }
}
