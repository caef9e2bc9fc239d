using System.Globalization;
using System.Numerics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Conformance;

/// <summary>
/// The text Python's <c>json.dumps(value, sort_keys=True)</c> gives: separators <c>", "</c> and <c>": "</c>,
/// keys in code-point order, <c>ensure_ascii</c> escaping, <c>true</c>/<c>false</c>/<c>null</c> and
/// <c>float.__repr__</c> for floats (<c>1.0</c>, <c>1e+16</c>, <c>1e-05</c>). The harness sorts lists of
/// objects by this text, so the order only matches when the text does.
/// </summary>
internal static class PythonJson
{
    /// <summary>Returns <c>json.dumps(token, sort_keys=True)</c>.</summary>
    public static string Dumps(JToken token)
    {
        var builder = new StringBuilder();
        Write(builder, token);
        return builder.ToString();
    }

    /// <summary>Python's <c>repr(float)</c>.</summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // Shortest round-trip digits and decimal exponent, then Python's layout rules.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        var sign = value < 0 ? "-" : string.Empty;
        var decpt = exponent + 1; // position of the decimal point relative to the digit string
        if (decpt > -4 && decpt <= 16)
        {
            string text;
            if (decpt <= 0)
            {
                text = "0." + new string('0', -decpt) + digits;
            }
            else if (decpt >= digits.Length)
            {
                text = digits + new string('0', decpt - digits.Length) + ".0";
            }
            else
            {
                text = digits[..decpt] + "." + digits[decpt..];
            }

            return sign + text;
        }

        var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        var exp = decpt - 1;
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Splits a positive "R"-formatted number into its significant digits and the exponent of the first one.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        var all = intPart + fraction;
        var pointAfter = intPart.Length; // digits before the decimal point
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        var digits = all[leading..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        return (digits, exponent + pointAfter - leading - 1);
    }

    private static void Write(StringBuilder builder, JToken token)
    {
        switch (token)
        {
            case JObject map:
                builder.Append('{');
                var first = true;
                foreach (var property in map.Properties().OrderBy(p => p.Name, CodePointComparer.Instance))
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    WriteString(builder, property.Name);
                    builder.Append(": ");
                    Write(builder, property.Value);
                }

                builder.Append('}');
                break;
            case JArray list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            case JValue value:
                WriteValue(builder, value);
                break;
            default:
                builder.Append("null");
                break;
        }
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
                builder.Append((bool)value ? "true" : "false");
                break;
            case JTokenType.Integer:
                builder.Append(value.Value is BigInteger big ? big.ToString(CultureInfo.InvariantCulture) : Convert.ToString(value.Value, CultureInfo.InvariantCulture));
                break;
            case JTokenType.Float:
                builder.Append(FloatRepr(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture)));
                break;
            default:
                WriteString(builder, PythonValues.Text(value));
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        // UTF-16 code units are exactly the \uXXXX escapes (surrogate pairs included) Python writes.
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
}
