using System.Globalization;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SamDeploy.Templates.Writing;

/// <summary>
/// Writes a template as block-style YAML. Intrinsic functions stay in their long form (<c>Fn::GetAtt: [A, B]</c>),
/// which CloudFormation accepts everywhere; strings that a YAML 1.1 reader would take for another type are quoted.
/// </summary>
internal static class YamlTemplateWriter
{
    /// <summary>Writes <paramref name="template"/> to <paramref name="text"/> (whose NewLine the caller has set to <c>\n</c>).</summary>
    public static void Write(JToken template, TextWriter text)
    {
        var emitter = new Emitter(text, new EmitterSettings().WithBestIndent(2).WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, template);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Emit(IEmitter emitter, JToken token)
    {
        switch (token)
        {
            case JObject map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, map.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in map.Properties())
                {
                    EmitString(emitter, property.Name);
                    Emit(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JArray list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JValue value:
                EmitValue(emitter, value);
                break;
            default:
                throw new InvalidOperationException("Unexpected token " + token.Type.ToString());
        }
    }

    private static void EmitValue(IEmitter emitter, JValue value)
    {
        switch (value.Type)
        {
            case JTokenType.Null:
            case JTokenType.Undefined:
                EmitPlain(emitter, "null");
                break;
            case JTokenType.Boolean:
                EmitPlain(emitter, (bool)value! ? "true" : "false");
                break;
            case JTokenType.Integer:
                EmitPlain(emitter, Convert.ToString(value.Value, CultureInfo.InvariantCulture)!);
                break;
            case JTokenType.Float:
                EmitPlain(emitter, FormatFloat(value));
                break;
            default:
                EmitString(emitter, Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    private static string FormatFloat(JValue value)
    {
        var number = Convert.ToDouble(value.Value, CultureInfo.InvariantCulture);
        if (double.IsNaN(number))
        {
            return ".nan";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? ".inf" : "-.inf";
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void EmitPlain(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    private static void EmitString(IEmitter emitter, string text)
    {
        text = WithoutLoneSurrogates(text);
        var style = IsSafePlain(text) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: style == ScalarStyle.Plain, isQuotedImplicit: style != ScalarStyle.Plain));
    }

    /// <summary>
    /// YAML text is Unicode, so a string holding half a surrogate pair (JSON's <c>"\ud800"</c> allows one) cannot be
    /// written as it is: each lone half becomes U+FFFD, as a UTF-8 encoder does, instead of failing the whole write.
    /// </summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                clean.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether a string reads back as the same string when written plain.</summary>
    private static bool IsSafePlain(string text)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]) || text[0] is '-' or '.' or '+')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':' or '$' or '{' or '}' or '*' or '@' or '(' or ')'))
            {
                return false;
            }
        }

        if (text[0] is '{' or '}' or '*' or '@' || text.EndsWith(':') || text.Contains(": ", StringComparison.Ordinal))
        {
            return false;
        }

        var resolved = YamlScalarResolver.ResolvePlain(text);
        return resolved.Type == JTokenType.String;
    }
}
