using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Writing;

/// <summary>
/// Writes a tree as JSON indented by two spaces, byte for byte as Newtonsoft's <see cref="JsonTextWriter"/> does with
/// <see cref="Formatting.Indented"/>, <see cref="StringEscapeHandling.Default"/> and
/// <see cref="FloatFormatHandling.String"/>: that writer's generic internals (a <c>List</c> of positions over a
/// struct, enum caches) are compiled at run time on every start of the tool, which cost a one-template run more than
/// writing does. The commas, line breaks and spaces follow the same small state machine as Newtonsoft's writer, so
/// comments and constructors (which only a tree built through the API can hold) come out as they did, and a tree
/// that writer refuses (a second property after a comment in value position) is refused here too. Values of kinds a
/// template never holds (dates, GUIDs, bytes, raw JSON) are written by Newtonsoft itself, one value at a time.
/// </summary>
internal sealed class JsonTemplateWriter
{
    private const int Indentation = 2;

    // "\n" and the indentation of each depth, so a line break is one write (most writers pay per call).
    private static readonly string[] LineBreaks = MakeLineBreaks(32);

    private readonly TextWriter _output;

    // Newtonsoft's writer state, how many containers are open (its Top) and which kind each is.
    private State _state = State.Start;
    private int _depth;
    private Kind[] _open = new Kind[16];

    private JsonTemplateWriter(TextWriter output) => _output = output;

    private enum State
    {
        Start,
        Property,
        ObjectStart,
        Object,
        ArrayStart,
        Array,
        ConstructorStart,
        Constructor,
    }

    private enum Token
    {
        StartContainer,
        PropertyName,
        Comment,
        Value,
    }

    private enum Kind : byte
    {
        Object,
        Array,
        Constructor,
    }

    /// <summary>Writes <paramref name="token"/> to <paramref name="output"/>; lines end with <c>\n</c>.</summary>
    public static void Write(JToken token, TextWriter output) => new JsonTemplateWriter(output).WriteToken(token);

    /// <summary>Newtonsoft's writer with the settings this class reproduces (for the values it does not write itself).</summary>
    private static JsonTextWriter NewtonsoftWriter(TextWriter output) => new(output)
    {
        CloseOutput = false,
        Formatting = Formatting.Indented,
        Indentation = Indentation,
        FloatFormatHandling = FloatFormatHandling.String,
    };

    private void WriteToken(JToken token)
    {
        switch (token)
        {
            case JObject map:
                Open(Kind.Object, "{");
                WriteChildren(map);
                Close("}");
                break;
            case JArray list:
                Open(Kind.Array, "[");
                WriteChildren(list);
                Close("]");
                break;
            case JConstructor constructor:
                Open(Kind.Constructor, "new " + constructor.Name + "(");
                WriteChildren(constructor);
                Close(")");
                break;
            case JProperty property:
                AutoComplete(Token.PropertyName);
                WriteString(property.Name, _output);
                _output.Write(':');
                if (property.Value is { } value)
                {
                    WriteToken(value);
                }
                else
                {
                    AutoComplete(Token.Value);
                    _output.Write("null");
                }

                break;
            case JValue { Type: JTokenType.Comment } comment:
                AutoComplete(Token.Comment);
                _output.Write("/*");
                _output.Write(comment.Value?.ToString());
                _output.Write("*/");
                break;
            case JValue scalar:
                AutoComplete(Token.Value);
                WriteScalar(scalar, _output);
                break;
            default:
                throw new InvalidOperationException($"Internal error: a {token.Type} token cannot be written as JSON.");
        }
    }

    private void WriteChildren(JContainer container)
    {
        for (var child = container.First; child is not null; child = child.Next)
        {
            WriteToken(child);
        }
    }

    private void Open(Kind kind, string start)
    {
        AutoComplete(Token.StartContainer);
        _output.Write(start);
        if (_depth == _open.Length)
        {
            System.Array.Resize(ref _open, _depth * 2);
        }

        _open[_depth++] = kind;
        _state = kind switch
        {
            Kind.Object => State.ObjectStart,
            Kind.Array => State.ArrayStart,
            _ => State.ConstructorStart,
        };
    }

    private void Close(string end)
    {
        _depth--;
        if (_state == State.Property)
        {
            // A property left without a value gets null, as Newtonsoft's writer completes it.
            AutoComplete(Token.Value);
            _output.Write("null");
        }

        if (_state is not (State.ObjectStart or State.ArrayStart))
        {
            LineBreak(_output, _depth);
        }

        _output.Write(end);

        // Newtonsoft's writer goes on in the state of the container now innermost (a constructor counts as an array).
        _state = _depth == 0 ? State.Start : _open[_depth - 1] == Kind.Object ? State.Object : State.Array;
    }

    /// <summary>What Newtonsoft's writer writes before a token: a comma after a value, a space after a property name, a line break in a list.</summary>
    private void AutoComplete(Token token)
    {
        var next = Next(token, _state);
        if (_state is State.Object or State.Array or State.Constructor && token != Token.Comment)
        {
            _output.Write(',');
        }

        if (_state == State.Property)
        {
            _output.Write(' ');
        }

        if (_state is State.Array or State.ArrayStart or State.Constructor or State.ConstructorStart
            || (token == Token.PropertyName && _state != State.Start))
        {
            LineBreak(_output, _depth);
        }

        _state = next;
    }

    /// <summary>Newtonsoft's state table for the tokens a tree writes (a container's own start state is set when it opens).</summary>
    private static State Next(Token token, State state) => token switch
    {
        Token.StartContainer when state is not (State.ObjectStart or State.Object) => state,
        Token.PropertyName when state is State.Start or State.ObjectStart or State.Object => State.Property,
        Token.Comment => state == State.ConstructorStart ? State.Constructor : state,
        Token.Value when state is State.Start => State.Start,
        Token.Value when state is State.Property => State.Object,
        Token.Value when state is State.ArrayStart or State.Array => State.Array,
        Token.Value when state is State.ConstructorStart or State.Constructor => State.Constructor,
        _ => throw new JsonWriterException($"Token {token} in state {state} would result in an invalid JSON object."),
    };

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
                    output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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
}
