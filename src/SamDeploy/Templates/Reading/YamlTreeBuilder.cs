using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// Builds the template tree from YamlDotNet's parser events. CloudFormation short-form tags become their
/// long form (<c>!Ref X</c> is <c>{"Ref": "X"}</c>, <c>!GetAtt A.B</c> is <c>{"Fn::GetAtt": ["A", "B"]}</c>),
/// anchors and aliases are expanded, merge keys (<c>&lt;&lt;</c>) are applied and every node keeps its position.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const string MergeKey = "<<";
    private readonly IParser _parser;
    private readonly ReaderOptions _options;
    private readonly Dictionary<string, (JToken Node, int Size)> _anchors = new(StringComparer.Ordinal);
    private int _nodes;
    private int _depth;
    private bool _mayNameReferences;

    private YamlTreeBuilder(IParser parser, ReaderOptions options)
    {
        _parser = parser;
        _options = options;
    }

    /// <summary>Reads the single document of <paramref name="text"/>; null for an empty stream.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="options">Input limits.</param>
    /// <param name="mayNameReferences">
    /// Whether some scalar value's text has a referable property's name as a run of its own (see
    /// <see cref="Resources.RecordedReferenceScan"/>). Every string of the tree is such a text or, for <c>!GetAtt</c>,
    /// a part of one cut at a dot, so this is false only when the scan of the tree would be false: the transform of a
    /// tree just read need not walk it again for the answer.
    /// </param>
    public static JToken? Build(string text, ReaderOptions options, out bool mayNameReferences)
    {
        PrintableCharacters.Check(text);
        var events = ExpansionBudget.ReadEvents(new GuardedParser(new Parser(new StringReader(text))), options);
        var builder = new YamlTreeBuilder(new BufferedParser(events), options);
        var root = builder.ReadStream();
        mayNameReferences = builder._mayNameReferences;
        return root;
    }

    private JToken? ReadStream()
    {
        Expect<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        Expect<DocumentStart>();
        var root = ReadNode();
        Expect<DocumentEnd>();
        if (_parser.Current is DocumentStart next)
        {
            throw new ReadException("Expected a single document in the stream, but found another document.", (int)next.Start.Line, (int)next.Start.Column);
        }

        return root;
    }

    private T Expect<T>()
        where T : ParsingEvent
    {
        var current = _parser.Current;
        if (current is null)
        {
            _parser.MoveNext();
            current = _parser.Current;
        }

        if (current is T match)
        {
            _parser.MoveNext();
            return match;
        }

        var mark = current?.Start ?? Mark.Empty;
        throw new ReadException("Unexpected YAML content: " + current, (int)mark.Line, (int)mark.Column);
    }

    private ParsingEvent Peek()
    {
        if (_parser.Current is null)
        {
            _parser.MoveNext();
        }

        return _parser.Current ?? throw new ReadException("Unexpected end of the YAML stream.", 0, 0);
    }

    private void Count(Mark at, int nodes = 1)
    {
        _nodes += nodes;
        if (_nodes > _options.MaxNodes)
        {
            throw new ReadException(
                string.Create(CultureInfo.InvariantCulture, $"The template has more than {_options.MaxNodes} nodes once YAML aliases are expanded ({ReaderOptions.OptionName}.MaxNodes)."),
                (int)at.Line,
                (int)at.Column,
                isLimit: true);
        }
    }

    private JToken ReadNode()
    {
        var evt = Peek();
        var nodesBefore = _nodes;
        switch (evt)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    throw new ReadException("Found undefined alias '" + alias.Value.Value + "'.", (int)alias.Start.Line, (int)alias.Start.Column);
                }

                // Counted before the copy is made, from the size remembered with the anchor: a "billion laughs"
                // document stops after at most MaxNodes nodes were built, without walking the trees it would copy.
                Count(alias.Start, anchored.Size);
                return anchored.Node.DeepClone();

            case Scalar scalar:
                _parser.MoveNext();
                Count(scalar.Start);
                // Values only: map keys are read in ReadMapping, and the scan of a tree does not look at keys either.
                _mayNameReferences = _mayNameReferences || Resources.RecordedReferenceScan.HasPropertyRun(scalar.Value);
                return Remember(scalar.Anchor, Tagged(scalar.Tag, ResolveScalar(scalar), scalar.Start), scalar.Start, _nodes - nodesBefore);

            case SequenceStart sequenceStart:
                _parser.MoveNext();
                Count(sequenceStart.Start);
                return Remember(sequenceStart.Anchor, Tagged(sequenceStart.Tag, ReadSequence(sequenceStart), sequenceStart.Start), sequenceStart.Start, _nodes - nodesBefore);

            case MappingStart mappingStart:
                _parser.MoveNext();
                Count(mappingStart.Start);
                return Remember(mappingStart.Anchor, Tagged(mappingStart.Tag, ReadMapping(mappingStart), mappingStart.Start), mappingStart.Start, _nodes - nodesBefore);

            default:
                throw new ReadException("Unexpected YAML content: " + evt, (int)evt.Start.Line, (int)evt.Start.Column);
        }
    }

    private JToken Remember(AnchorName anchor, JToken token, Mark at, int size)
    {
        SourceInfo.Mark(token, (int)at.Line, (int)at.Column);
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (token, size);
        }

        return token;
    }

    private static JToken ResolveScalar(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            var tag = scalar.Tag.Value;
            if (!tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
            {
                return new JValue(scalar.Value);
            }

            return YamlScalarResolver.ResolveStandardTag(tag, scalar.Value)
                ?? throw new ReadException(
                    "The value '" + scalar.Value + "' is tagged !!" + tag["tag:yaml.org,2002:".Length..] + " but is not of that type.",
                    (int)scalar.Start.Line,
                    (int)scalar.Start.Column);
        }

        return scalar.Style == ScalarStyle.Plain ? YamlScalarResolver.ResolvePlain(scalar.Value) : new JValue(scalar.Value);
    }

    private static JToken Tagged(TagName tag, JToken value, Mark at)
    {
        if (tag.IsEmpty || tag.IsNonSpecific || !tag.Value.StartsWith('!'))
        {
            return value;
        }

        var name = tag.Value[1..];
        if (name.Length == 0)
        {
            return value;
        }

        var key = name is "Ref" or "Condition" ? name : "Fn::" + name;
        if (name == "GetAtt" && value is JValue { Type: JTokenType.String } dotted)
        {
            var text = (string)dotted!;
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            value = dot < 0 ? new JArray(text) : new JArray(text[..dot], text[(dot + 1)..]);
            foreach (var item in value.Children())
            {
                SourceInfo.Mark(item, (int)at.Line, (int)at.Column);
            }
        }

        SourceInfo.Mark(value, (int)at.Line, (int)at.Column);
        return new JObject(new JProperty(key, value));
    }

    private JArray ReadSequence(SequenceStart start)
    {
        Enter(start.Start);
        var array = new JArray();
        while (Peek() is not SequenceEnd)
        {
            array.Add(ReadNode());
        }

        _parser.MoveNext();
        _depth--;
        return array;
    }

    private JObject ReadMapping(MappingStart start)
    {
        Enter(start.Start);
        var map = new JObject();
        var merged = new List<JObject>();
        while (Peek() is not MappingEnd)
        {
            var keyEvent = Peek();
            if (keyEvent is not Scalar keyScalar)
            {
                throw new ReadException("A map key must be a plain string, not a map or a list.", (int)keyEvent.Start.Line, (int)keyEvent.Start.Column);
            }

            _parser.MoveNext();
            var key = keyScalar.Value;
            if (key == MergeKey && keyScalar.Style == ScalarStyle.Plain)
            {
                CollectMerge(ReadNode(), keyScalar.Start, merged);
                continue;
            }

            if (map.ContainsKey(key))
            {
                throw new ReadException("Duplicate key '" + key + "' in a map.", (int)keyScalar.Start.Line, (int)keyScalar.Start.Column);
            }

            var property = new JProperty(key, ReadNode());
            SourceInfo.Mark(property, (int)keyScalar.Start.Line, (int)keyScalar.Start.Column);
            if (keyScalar.Style == ScalarStyle.Plain && keyScalar.Tag.IsEmpty && YamlScalarResolver.ResolvePlain(key) is { Type: not JTokenType.String } typedKey)
            {
                // JSON keys are strings, but the reference's YAML loader gives `0:` an integer key; keep what it was.
                property.AddAnnotation(new SourceInfo.TypedKey(typedKey));
            }

            map.Add(property);
        }

        _parser.MoveNext();
        _depth--;
        return merged.Count == 0 ? map : ApplyMerge(map, merged);
    }

    private static void CollectMerge(JToken value, Mark at, List<JObject> merged)
    {
        switch (value)
        {
            case JObject single:
                merged.Add(single);
                break;
            case JArray many when many.All(item => item is JObject):
                merged.AddRange(many.Cast<JObject>());
                break;
            default:
                throw new ReadException("A merge key (<<) needs a map or a list of maps.", (int)at.Line, (int)at.Column);
        }
    }

    private static JObject ApplyMerge(JObject own, List<JObject> merged)
    {
        var result = new JObject();
        foreach (var source in merged)
        {
            foreach (var property in source.Properties())
            {
                if (!result.ContainsKey(property.Name) && !own.ContainsKey(property.Name))
                {
                    result.Add(new JProperty(property));
                }
            }
        }

        foreach (var property in own.Properties().ToList())
        {
            property.Remove();
            result.Add(property);
        }

        return result;
    }

    private void Enter(Mark at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw new ReadException(
                ReaderOptions.DepthMessage(_options.MaxDepth),
                (int)at.Line,
                (int)at.Column,
                isLimit: true);
        }
    }
}
