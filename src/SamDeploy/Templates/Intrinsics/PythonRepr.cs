using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>
/// Formats a value the way Python's <c>str()</c> prints it (<c>{'a': ['b', 1, True, None]}</c>), because several of
/// the reference's error messages embed values in that form.
/// </summary>
internal static class PythonRepr
{
    /// <summary>Formats <paramref name="value"/> as Python's <c>str()</c> would.</summary>
    /// <param name="value">The value; null is <c>None</c>.</param>
    /// <returns>The text.</returns>
    public static string Format(JToken? value)
    {
        if (value is JValue { Type: JTokenType.String } text)
        {
            return (string)text!;
        }

        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JToken? value)
    {
        switch (value)
        {
            case null:
                builder.Append("None");
                break;
            case JObject map:
                builder.Append('{');
                var first = true;
                foreach (var property in map.Properties())
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
            case JValue scalar:
                switch (scalar.Type)
                {
                    case JTokenType.Null:
                    case JTokenType.Undefined:
                        builder.Append("None");
                        break;
                    case JTokenType.Boolean:
                        builder.Append((bool)scalar! ? "True" : "False");
                        break;
                    case JTokenType.Integer:
                        builder.Append(Convert.ToString(scalar.Value, CultureInfo.InvariantCulture));
                        break;
                    case JTokenType.Float:
                        builder.Append(PythonJson.FormatFloat(Convert.ToDouble(scalar.Value, CultureInfo.InvariantCulture)).Replace("Infinity", "inf", StringComparison.Ordinal).Replace("NaN", "nan", StringComparison.Ordinal));
                        break;
                    default:
                        WriteString(builder, Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? string.Empty);
                        break;
                }

                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        builder.Append(quote);
        foreach (var c in text)
        {
            switch (c)
            {
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
                default:
                    if (c == quote)
                    {
                        builder.Append('\\').Append(c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append(quote);
    }
}
