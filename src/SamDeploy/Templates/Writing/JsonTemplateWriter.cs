using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Writing;

/// <summary>
/// Writes a tree as JSON indented by two spaces, byte for byte as Newtonsoft's <see cref="JsonTextWriter"/> does with
/// <see cref="Formatting.Indented"/>, <see cref="StringEscapeHandling.Default"/> and
/// <see cref="FloatFormatHandling.String"/>, without its writer state: that writer's generic internals
/// (a <c>List</c> of positions over a struct, enum caches) are compiled at run time on every start of the tool,
/// which cost a one-template run more than writing does. Values of kinds a template never holds (dates, GUIDs,
/// bytes, raw JSON, comments) are written by Newtonsoft itself, one value at a time.
/// </summary>
internal static class JsonTemplateWriter
{
    private const int Indentation = 2;

    // "\n" and the indentation of each depth, so a line break is one write (most writers pay per call).
    private static readonly string[] LineBreaks = MakeLineBreaks(32);

    /// <summary>Writes <paramref name="token"/> (a map, a list or a value) to <paramref name="output"/>; lines end with <c>\n</c>.</summary>
    public static void Write(JToken token, TextWriter output) => WriteValue(token, output, 0);

    /// <summary>
    /// Whether <see cref="Write"/> writes <paramref name="token"/> itself: a map, a list or a value with no comment and
    /// no constructor anywhere in it (Newtonsoft writes those outside the value sequence, without the commas between
    /// values). Templates read from text never hold either; a tree built through the API may, and then Newtonsoft
    /// writes the whole of it.
    /// </summary>
    public static bool Handles(JToken token) => token switch
    {
        JValue value => value.Type != JTokenType.Comment,
        JObject or JArray => !HasCommentOrConstructor((JContainer)token),
        _ => false,
    };

    /// <summary>Whether any value below <paramref name="container"/> is a comment, a constructor or missing (one loop per container, no call per scalar).</summary>
    private static bool HasCommentOrConstructor(JContainer container)
    {
        for (var child = container.First; child is not null; child = child.Next)
        {
            var value = child is JProperty property ? property.Value : child;
            switch (value)
            {
                case JValue scalar:
                    if (scalar.Type == JTokenType.Comment)
                    {
                        return true;
                    }

                    break;
                case JObject or JArray:
                    if (HasCommentOrConstructor((JContainer)value))
                    {
                        return true;
                    }

                    break;
                default:
                    return true;
            }
        }

        return false;
    }

    private static void WriteValue(JToken token, TextWriter output, int depth)
    {
        switch (token)
        {
            case JObject map:
                WriteObject(map, output, depth);
                break;
            case JArray list:
                WriteArray(list, output, depth);
                break;
            case JValue value:
                WriteScalar(value, output);
                break;
            default:
                throw new InvalidOperationException($"Internal error: a {token.Type} token cannot be written as a JSON value.");
        }
    }

    private static void WriteObject(JObject map, TextWriter output, int depth)
    {
        output.Write('{');
        var first = true;
        for (var child = map.First; child is not null; child = child.Next)
        {
            var property = (JProperty)child;
            if (!first)
            {
                output.Write(',');
            }

            first = false;
            LineBreak(output, depth + 1);
            WriteString(property.Name, output);
            output.Write(": ");
            WriteValue(property.Value, output, depth + 1);
        }

        if (!first)
        {
            LineBreak(output, depth);
        }

        output.Write('}');
    }

    private static void WriteArray(JArray list, TextWriter output, int depth)
    {
        output.Write('[');
        var first = true;
        for (var item = list.First; item is not null; item = item.Next)
        {
            if (!first)
            {
                output.Write(',');
            }

            first = false;
            LineBreak(output, depth + 1);
            WriteValue(item, output, depth + 1);
        }

        if (!first)
        {
            LineBreak(output, depth);
        }

        output.Write(']');
    }

    private static string[] MakeLineBreaks(int depths)
    {
        var breaks = new string[depths];
        for (var depth = 0; depth < depths; depth++)
        {
            breaks[depth] = "\n" + new string(' ', depth * Indentation);
        }

        return breaks;
    }

    private static void LineBreak(TextWriter output, int depth) =>
        output.Write(depth < LineBreaks.Length ? LineBreaks[depth] : "\n" + new string(' ', depth * Indentation));

    private static void WriteScalar(JValue value, TextWriter output)
    {
        switch (value.Type)
        {
            case JTokenType.String when value.Value is string text:
                WriteString(text, output);
                return;
            case JTokenType.Null:
                output.Write("null");
                return;
            case JTokenType.Boolean when value.Value is bool flag:
                output.Write(flag ? "true" : "false");
                return;
            case JTokenType.Integer when value.Value is long or int or ulong or BigInteger:
                output.Write(((IFormattable)value.Value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case JTokenType.Float when value.Value is double number:
                WriteDouble(number, output);
                return;
            default:
                WriteWithNewtonsoft(value, output);
                return;
        }
    }

    /// <summary>A double as Newtonsoft writes it: round-trip digits with a decimal place, non-numbers as strings.</summary>
    private static void WriteDouble(double number, TextWriter output)
    {
        if (double.IsNaN(number))
        {
            output.Write("\"NaN\"");
        }
        else if (double.IsPositiveInfinity(number))
        {
            output.Write("\"Infinity\"");
        }
        else if (double.IsNegativeInfinity(number))
        {
            output.Write("\"-Infinity\"");
        }
        else
        {
            var text = number.ToString("R", CultureInfo.InvariantCulture);
            output.Write(text);
            if (text.IndexOf('.', StringComparison.Ordinal) < 0 && text.IndexOf('E', StringComparison.Ordinal) < 0 && text.IndexOf('e', StringComparison.Ordinal) < 0)
            {
                output.Write(".0");
            }
        }
    }

    /// <summary>A value of a kind templates do not hold, written by Newtonsoft with the settings of the indented writer.</summary>
    private static void WriteWithNewtonsoft(JValue value, TextWriter output)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = NewtonsoftWriter(text))
        {
            value.WriteTo(writer);
        }

        output.Write(text.ToString());
    }

    /// <summary>Newtonsoft's writer with the settings this class reproduces (for what it does not write itself).</summary>
    public static JsonTextWriter NewtonsoftWriter(TextWriter output) => new(output)
    {
        CloseOutput = false,
        Formatting = Formatting.Indented,
        Indentation = Indentation,
        FloatFormatHandling = FloatFormatHandling.String,
    };

    /// <summary>
    /// A string in double quotes, escaped as Newtonsoft's default escaping does: control characters, the quote, the
    /// backslash, and U+0085, U+2028 and U+2029; short escapes where JSON has them, else <c>\u</c> and four
    /// lower-case hex digits.
    /// </summary>
    private static void WriteString(string text, TextWriter output)
    {
        output.Write('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                continue;
            }

            if (i > start)
            {
                output.Write(text.AsSpan(start, i - start));
            }

            start = i + 1;
            switch (c)
            {
                case '\t':
                    output.Write("\\t");
                    break;
                case '\n':
                    output.Write("\\n");
                    break;
                case '\r':
                    output.Write("\\r");
                    break;
                case '\f':
                    output.Write("\\f");
                    break;
                case '\b':
                    output.Write("\\b");
                    break;
                case '\\':
                    output.Write("\\\\");
                    break;
                case '"':
                    output.Write("\\\"");
                    break;
                default:
                    output.Write("\\u");
                    output.Write(HexDigit(c >> 12));
                    output.Write(HexDigit((c >> 8) & 0xF));
                    output.Write(HexDigit((c >> 4) & 0xF));
                    output.Write(HexDigit(c & 0xF));
                    break;
            }
        }

        if (start == 0)
        {
            output.Write(text);
        }
        else if (start < text.Length)
        {
            output.Write(text.AsSpan(start));
        }

        output.Write('"');
    }

    private static bool NeedsEscape(char c) => c < ' ' || c == '"' || c == '\\' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    private static char HexDigit(int n) => (char)(n <= 9 ? '0' + n : 'a' + (n - 10));
}
