using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// Python's <c>json.dumps(value)</c> with its default settings (<c>", "</c> and <c>": "</c> separators, ASCII only),
/// maps in their Python iteration order (see <see cref="Py27"/>): the text the reference hashes for a custom domain.
/// </summary>
internal static class PythonJsonDumps
{
    public static string Of(JToken value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JToken value)
    {
        switch (value)
        {
            case JObject map:
                builder.Append('{');
                var first = true;
                foreach (var key in Py27.Keys(map))
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    WriteString(builder, key);
                    builder.Append(": ");
                    Write(builder, map[key]!);
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
            case JValue { Type: JTokenType.Null or JTokenType.Undefined }:
                builder.Append("null");
                break;
            case JValue { Type: JTokenType.Boolean } b:
                builder.Append((bool)b ? "true" : "false");
                break;
            case JValue { Type: JTokenType.Integer } i:
                builder.Append(Convert.ToString(i.Value, CultureInfo.InvariantCulture));
                break;
            case JValue { Type: JTokenType.Float } f:
                builder.Append(PythonJson.FormatFloat(Convert.ToDouble(f.Value, CultureInfo.InvariantCulture)));
                break;
            case JValue scalar:
                WriteString(builder, Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? string.Empty);
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
}
