using System.Globalization;
using System.Numerics;
using CsCheck;
using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Writing;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>
/// The JSON output is byte for byte what Newtonsoft's indented writer gave before SamDeploy wrote JSON itself (the
/// approved snapshots and CI comparisons of every user depend on it), over random trees whose strings and numbers
/// reach every escape and number format.
/// </summary>
public sealed class JsonTemplateWriterTests
{
    private static readonly Gen<char> Chars = Gen.OneOf(
        Gen.Char['\0', '\u001f'],
        Gen.OneOfConst('"', '\\', '\'', '/', '<', '>', '&', '\u007f', '\u0080', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ud83c', '\udf89'),
        Gen.Char['a', 'z'],
        Gen.Char['\u0100', '\uffff']);

    private static readonly Gen<string> Strings = Chars.Array[0, 12].Select(chars => new string(chars));

    private static readonly Gen<JToken> Scalars = Gen.OneOf<JToken>(
        Strings.Select(s => (JToken)new JValue(s)),
        Gen.Long.Select(n => (JToken)new JValue(n)),
        Gen.Int.Select(n => (JToken)new JValue(n)),
        Gen.Double.Select(d => (JToken)new JValue(d)),
        Gen.OneOfConst(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 1e21, 1e-7, 100.0, 0.1, 1.5e300).Select(d => (JToken)new JValue(d)),
        Gen.Long.Select(n => (JToken)new JValue(new BigInteger(n) * new BigInteger(long.MaxValue))),
        Gen.Bool.Select(b => (JToken)new JValue(b)),
        Gen.Const(0).Select(_ => (JToken)JValue.CreateNull()),
        Gen.Const(0).Select(_ => (JToken)JValue.CreateString(null)),
        Gen.Decimal.Select(d => (JToken)new JValue(d)),
        Gen.Float.Select(f => (JToken)new JValue(f)),
        Gen.Const(0).Select(_ => (JToken)new JValue(new DateTime(2024, 2, 29, 13, 5, 7, DateTimeKind.Utc))),
        Gen.Const(0).Select(_ => (JToken)new JValue(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"))),
        Gen.Const(0).Select(_ => (JToken)new JValue('q')));

    [Fact]
    public void Writes_what_Newtonsofts_indented_writer_writes()
    {
        Tree(3, Scalars).Sample(
            tree =>
            {
                TemplateWriter.Write(tree).Should().Be(Newtonsoft(tree));
            },
            iter: 3000);
    }

    /// <summary>
    /// Comments and constructors anywhere (possible only in trees built through the API): the same text, or, where
    /// Newtonsoft's writer refuses the tree (a property after a comment in value position), a refusal too.
    /// </summary>
    [Fact]
    public void Writes_comments_and_constructors_anywhere_as_Newtonsoft_does()
    {
        var comments = Gen.OneOf<JToken>(
            Scalars,
            Strings.Select(s => (JToken)JValue.CreateComment(s)),
            Gen.Const(0).Select(_ => (JToken)JValue.CreateComment(null)));
        Tree(3, comments, constructors: true).Sample(
            tree =>
            {
                string? expected;
                try
                {
                    expected = Newtonsoft(tree);
                }
                catch (JsonWriterException)
                {
                    expected = null;
                }

                if (expected is null)
                {
                    FluentActions.Invoking(() => TemplateWriter.Write(tree)).Should().Throw<JsonWriterException>();
                }
                else
                {
                    TemplateWriter.Write(tree).Should().Be(expected);
                }
            },
            iter: 3000);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{\"a\": {}, \"b\": [], \"c\": [[], {}, [1]]}")]
    [InlineData("\"top-level string\"")]
    [InlineData("42")]
    public void Writes_empty_containers_and_top_level_values_as_Newtonsoft_does(string json)
    {
        var tree = JToken.Parse(json);
        TemplateWriter.Write(tree).Should().Be(Newtonsoft(tree));
    }

    /// <summary>Comments and constructors (possible only in trees built through the API) are written as Newtonsoft writes them.</summary>
    [Theory]
    [InlineData("{\"list\": [/*note*/ 1, 2]}")]
    [InlineData("{\"list\": [/*only*/]}")]
    [InlineData("{/*first*/ \"a\": 1, \"b\": {/*inner*/}}")]
    [InlineData("{\"when\": new Date(1, \"x\")}")]
    [InlineData("[1, new Thing()]")]
    public void Writes_comments_and_constructors_as_Newtonsoft_does(string json)
    {
        var tree = JToken.Parse(json, new JsonLoadSettings { CommentHandling = CommentHandling.Load });
        TemplateWriter.Write(tree).Should().Be(Newtonsoft(tree));
    }

    [Fact]
    public void Indents_deep_trees_as_Newtonsoft_does()
    {
        JToken tree = new JValue("leaf");
        for (var depth = 0; depth < 40; depth++)
        {
            tree = depth % 2 == 0 ? new JArray(tree, depth) : new JObject { ["level" + depth] = tree, ["n"] = depth };
        }

        TemplateWriter.Write(tree).Should().Be(Newtonsoft(tree));
    }

    private static Gen<JToken> Tree(int depth, Gen<JToken> scalars, bool constructors = false)
    {
        if (depth == 0)
        {
            return scalars;
        }

        var child = Gen.Frequency((3, scalars), (1, Tree(depth - 1, scalars, constructors)));
        var map = Gen.Select(Strings, child).Array[0, 5].Select(entries =>
        {
            var result = new JObject();
            foreach (var (key, value) in entries)
            {
                // Distinct keys: replacing a value makes Newtonsoft compare the two, which can overflow (a double
                // against a decimal) before anything is written.
                if (!result.ContainsKey(key))
                {
                    result.Add(key, value);
                }
            }

            return (JToken)result;
        });
        var list = child.Array[0, 5].Select(items => (JToken)new JArray(items));
        if (!constructors)
        {
            return Gen.OneOf(map, list);
        }

        var constructor = Gen.Select(Gen.Char['A', 'Z'], child.Array[0, 4]).Select((name, items) => (JToken)new JConstructor(name.ToString(), items));
        var lonelyProperty = Strings.Select(name => (JToken)new JObject(new JProperty(name)));
        return Gen.OneOf(map, list, constructor, lonelyProperty);
    }

    /// <summary>What <see cref="TemplateWriter"/> wrote until it wrote JSON itself.</summary>
    private static string Newtonsoft(JToken tree)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { CloseOutput = false })
        {
            writer.Formatting = Formatting.Indented;
            writer.Indentation = 2;
            writer.FloatFormatHandling = FloatFormatHandling.String;
            tree.WriteTo(writer);
        }

        text.Write('\n');
        return text.ToString();
    }
}
