using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// Python's <c>str()</c> of an API definition as the reference computes it for deployment ids: maps in their Python
/// iteration order (see <see cref="Py27"/>), template strings as <c>u'...'</c>, the transform's own as <c>'...'</c>.
/// </summary>
internal static class PythonStr
{
    /// <summary>The text of <paramref name="value"/>.</summary>
    public static string Of(JToken? value) => Write(new StringBuilder(), value).ToString();

    /// <summary>Appends the text of <paramref name="value"/> to <paramref name="builder"/>.</summary>
    public static StringBuilder Write(StringBuilder builder, JToken? value)
    {
        PythonRepr.Write(builder, value, Py27Style.Instance);
        return builder;
    }

    /// <summary>
    /// A value as the reference's messages show it (<c>str()</c>, or a format string's <c>{}</c>): a string is its own
    /// text; anything else prints with the Python types the value has there, so the maps of a converted template (see
    /// <see cref="Py27"/>) iterate in Python 2.7 order and its integers above 2^63 − 1 end in <c>L</c>. Strings print
    /// without Python 2's <c>u</c> prefix, as the reference's own corpus of expected messages shows them.
    /// </summary>
    public static string Format(JToken? value)
    {
        if (value is JValue { Type: JTokenType.String } text)
        {
            return (string)text!;
        }

        var builder = new StringBuilder();
        PythonRepr.Write(builder, value, MessageStyle.Instance);
        return builder.ToString();
    }

    /// <summary>
    /// The name of a value's Python type, as the reference's messages name it (<c>type(x).__name__</c>, or the
    /// <c>'str' object has no attribute 'get'</c> of a failed call): a string of a converted template is a
    /// <c>Py27UniStr</c>, a map a <c>Py27Dict</c>, an integer above 2^63 − 1 a <c>Py27LongInt</c>.
    /// </summary>
    public static string TypeName(JToken value) => value switch
    {
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => "NoneType",
        JValue { Type: JTokenType.String } => Py27.IsUnicode(value) ? "Py27UniStr" : "str",
        JValue { Type: JTokenType.Integer } number => number.Annotation<Py27Long>() is not null ? "Py27LongInt" : "int",
        JValue { Type: JTokenType.Float } => "float",
        JValue { Type: JTokenType.Boolean } => "bool",
        JArray => "list",
        JObject map => Py27.IsPy27Dict(map) ? "Py27Dict" : "dict",
        _ => "str",
    };

    /// <summary>Python 3's <c>repr</c> of a string, or the reference's <c>Py27UniStr</c> repr (<c>u</c> + the repr of its <c>unicode_escape</c> form).</summary>
    public static void WriteString(StringBuilder builder, string text, bool unicode)
    {
        if (IsPlain(text))
        {
            // Nothing to escape either way: the repr is the text in single quotes.
            builder.Append(unicode ? "u'" : "'").Append(text).Append('\'');
            return;
        }

        if (!unicode)
        {
            Repr(builder, text, collapseBackslashes: false);
            return;
        }

        var escaped = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '\\':
                    escaped.Append("\\\\");
                    break;
                case '\t':
                    escaped.Append("\\t");
                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                case '\r':
                    escaped.Append("\\r");
                    break;
                case < 0x20 or (>= 0x7f and < 0x100):
                    escaped.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
                    break;
                case >= 0x100 and < 0x10000:
                    escaped.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case >= 0x10000:
                    escaped.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
                    break;
                default:
                    escaped.Append((char)c);
                    break;
            }
        }

        builder.Append('u');
        Repr(builder, escaped.ToString(), collapseBackslashes: true);
    }

    private static void Repr(StringBuilder builder, string text, bool collapseBackslashes)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        builder.Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == '\\')
            {
                builder.Append(collapseBackslashes ? "\\" : "\\\\");
            }
            else if (c == quote)
            {
                builder.Append('\\').Append((char)c);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (c == '\t')
            {
                builder.Append("\\t");
            }
            else if (c < 0x20 || c == 0x7f)
            {
                builder.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c >= 0x80 && !IsPrintable(rune))
            {
                builder.Append(c < 0x100 ? "\\x" + c.ToString("x2", CultureInfo.InvariantCulture)
                    : c < 0x10000 ? "\\u" + c.ToString("x4", CultureInfo.InvariantCulture)
                    : "\\U" + c.ToString("x8", CultureInfo.InvariantCulture));
            }
            else if (rune.IsBmp)
            {
                builder.Append((char)c);
            }
            else
            {
                builder.Append(char.ConvertFromUtf32(c));
            }
        }

        builder.Append(quote);
    }

    /// <summary>Maps in their Python 2.7 order; template keys and strings with the <c>u</c> prefix.</summary>
    private sealed class Py27Style : IPythonTextStyle
    {
        public static Py27Style Instance { get; } = new();

        public IReadOnlyList<string> Keys(JObject map) => Py27.Keys(map);

        public void WriteKey(StringBuilder builder, JObject map, string key) => PythonStr.WriteString(builder, key, Py27.IsUnicodeKey(map, key));

        public void WriteString(StringBuilder builder, string text, JValue value) => PythonStr.WriteString(builder, text, Py27.IsUnicode(value));

        public void WriteInteger(StringBuilder builder, JValue value)
        {
            builder.Append(Convert.ToString(value.Value, CultureInfo.InvariantCulture));
            if (value.Annotation<Py27Long>() is not null)
            {
                builder.Append('L');
            }
        }
    }

    /// <summary>Maps in their Python order and longs with their <c>L</c>, as <see cref="Py27Style"/>; keys and strings without the <c>u</c> prefix.</summary>
    private sealed class MessageStyle : IPythonTextStyle
    {
        public static MessageStyle Instance { get; } = new();

        public IReadOnlyList<string> Keys(JObject map) => Py27.Keys(map);

        public void WriteKey(StringBuilder builder, JObject map, string key) => PythonStr.WriteString(builder, key, unicode: false);

        public void WriteString(StringBuilder builder, string text, JValue value) => PythonStr.WriteString(builder, text, unicode: false);

        public void WriteInteger(StringBuilder builder, JValue value) => Py27Style.Instance.WriteInteger(builder, value);
    }

    /// <summary>Printable ASCII without a backslash or a single quote: both reprs leave it as it is.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '\\' or '\'')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
