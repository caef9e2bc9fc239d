using System.Globalization;
using CsCheck;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// <see cref="Py27.NewDict(JProperty[])"/> against what it replaces, <see cref="Py27.NewDict()"/> and a
/// <see cref="Py27.Set"/> of each key: the same recorded state (the key table itself, probed by inserting fresh keys
/// into both, since two tables can iterate alike and still differ in their deleted slots and size), the same Python
/// text, the same after further edits and copies, and the same once attached inside a document that counts copies.
/// </summary>
public sealed class Py27NewDictTests
{
    [Fact]
    public void A_map_built_whole_is_the_map_built_key_by_key()
    {
        // Few distinct key texts, so that tables of up to 40 keys fill, collide and resize.
        var key = Gen.Int[0, 60].Select(i => "k" + i.ToString(CultureInfo.InvariantCulture));
        var keys = key.HashSet[0, 40].Select(set => set.ToArray());
        var edits = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 90]).Array[0, 12];
        Gen.Select(keys, edits, Gen.Bool).Sample(
            (names, steps, nested) =>
            {
                var whole = Py27.NewDict([.. names.Select((name, i) => new JProperty(name, Value(i, nested)))]);
                var byKey = Py27.NewDict();
                for (var i = 0; i < names.Length; i++)
                {
                    Py27.Set(byKey, names[i], Value(i, nested));
                }

                PythonStr.Of(whole).Should().Be(PythonStr.Of(byKey));
                SameRecord(whole, byKey);

                // Then the same edits to both: a new key (from the template or not), a deletion, a deep copy.
                foreach (var (kind, pick) in steps)
                {
                    var name = "k" + pick.ToString(CultureInfo.InvariantCulture);
                    switch (kind)
                    {
                        case 0:
                            Py27.Set(whole, name, "v", unicodeKey: pick % 2 == 0);
                            Py27.Set(byKey, name, "v", unicodeKey: pick % 2 == 0);
                            break;
                        case 1:
                            Py27.Remove(whole, name);
                            Py27.Remove(byKey, name);
                            break;
                        default:
                            whole = Py27.DeepCopy(whole);
                            byKey = Py27.DeepCopy(byKey);
                            break;
                    }

                    PythonStr.Of(whole).Should().Be(PythonStr.Of(byKey));
                    Py27.Keys(whole).Should().Equal(Py27.Keys(byKey));
                }
            },
            iter: 300);
    }

    [Fact]
    public void A_map_built_whole_copies_values_that_have_a_parent_as_Set_does()
    {
        var owner = new JObject { ["map"] = Py27.NewDict(new JProperty("a", 1)), ["text"] = Py27.Str("t", unicode: true) };

        var whole = Py27.NewDict(new JProperty("x", owner["map"]), new JProperty("y", owner["text"]));
        var byKey = Py27.NewDict();
        Py27.Set(byKey, "x", owner["map"]!);
        Py27.Set(byKey, "y", owner["text"]!);

        whole["x"].Should().NotBeSameAs(owner["map"]);
        owner["map"]!.Parent!.Parent.Should().BeSameAs(owner);
        Py27.IsPy27Dict((JObject)whole["x"]!).Should().Be(Py27.IsPy27Dict((JObject)byKey["x"]!)).And.BeTrue();
        Py27.IsUnicode(whole["y"]).Should().Be(Py27.IsUnicode(byKey["y"])).And.BeTrue();
        PythonStr.Of(whole).Should().Be(PythonStr.Of(byKey));
    }

    [Fact]
    public void A_map_built_whole_and_then_attached_is_the_empty_map_attached_and_then_filled_in_a_counting_document()
    {
        // As an Api event adds an integration to a method of a definition edited in place: copies are counted before
        // and after, and the maps attached in between (the integration, its uri) must catch up with the later ones alike.
        Gen.Select(Gen.Int[0, 4], Gen.Int[1, 4], Gen.Int[0, 30]).Sample(
            (before, after, extra) =>
            {
                var (wholeDocument, wholeMethod) = CountingDocument(before);
                var (byKeyDocument, byKeyMethod) = CountingDocument(before);
                var keys = Enumerable.Range(0, 3 + extra).Select(i => "key" + i.ToString(CultureInfo.InvariantCulture)).ToList();

                Py27.Set(wholeMethod, "integration", Py27.NewDict([.. keys.Select(k => new JProperty(k, Py27.NewDict(new JProperty("Fn::Sub", k))))]));
                var integration = Py27.NewDict();
                Py27.Set(byKeyMethod, "integration", integration);
                foreach (var key in keys)
                {
                    // Only NewDict() and Set on this side, the way the maps were made before.
                    var uri = Py27.NewDict();
                    Py27.Set(integration, key, uri);
                    Py27.Set(uri, "Fn::Sub", key);
                }

                for (var i = 0; i < after; i++)
                {
                    Py27.CopyInPlace(wholeDocument, [wholeMethod]);
                    Py27.CopyInPlace(byKeyDocument, [byKeyMethod]);
                }

                // The records first: printing catches every map up with the copies, which could hide a difference.
                var wholeMaps = wholeDocument.DescendantsAndSelf().OfType<JObject>().ToList();
                var byKeyMaps = byKeyDocument.DescendantsAndSelf().OfType<JObject>().ToList();
                wholeMaps.Should().HaveSameCount(byKeyMaps);
                for (var i = 0; i < wholeMaps.Count; i++)
                {
                    SameRecord(wholeMaps[i], byKeyMaps[i]);
                }

                PythonStr.Of(wholeDocument).Should().Be(PythonStr.Of(byKeyDocument));
            },
            iter: 100);
    }

    /// <summary>A definition that counts its copies, <paramref name="copies"/> of them made, and the method an event edits.</summary>
    private static (JObject Document, JObject Method) CountingDocument(int copies)
    {
        var document = Py27.NewDict();
        Py27.Set(document, "swagger", "2.0");
        var paths = Py27.NewDict();
        Py27.Set(document, "paths", paths);
        var pathItem = Py27.NewDict();
        Py27.Set(paths, "/items", pathItem);
        var method = Py27.NewDict();
        Py27.Set(pathItem, "get", method);
        Py27.Set(method, "responses", Py27.NewDict());
        Py27.StartCountingCopies(document);
        for (var i = 0; i < copies; i++)
        {
            Py27.CopyInPlace(document, []);
        }

        return (document, method);
    }

    /// <summary>
    /// The two maps' Python 2.7 records are the same: everything but the key table equal, and the key tables alike
    /// under the same inserts (a table with another size or a deleted slot iterates differently sooner or later).
    /// </summary>
    private static void SameRecord(JObject a, JObject b)
    {
        var infoA = a.Annotation<Py27DictInfo>();
        var infoB = b.Annotation<Py27DictInfo>();
        (infoA is null).Should().Be(infoB is null);
        if (infoA is null || infoB is null)
        {
            return;
        }

        (infoA.IsPy27, infoA.DefaultUnicode, infoA.Copies).Should().Be((infoB.IsPy27, infoB.DefaultUnicode, infoB.Copies));
        infoA.UnicodeKeys.Should().BeEquivalentTo(infoB.UnicodeKeys);
        infoA.PlainKeys.Should().BeEquivalentTo(infoB.PlainKeys);
        (infoA.Order is null).Should().Be(infoB.Order is null);
        if (infoA.Order is not { } orderA || infoB.Order is not { } orderB)
        {
            return;
        }

        orderA.Keys.Should().Equal(orderB.Keys);
        for (var i = 0; i < 60; i++)
        {
            var probe = "p" + i.ToString(CultureInfo.InvariantCulture);
            orderA = orderA.Add(probe);
            orderB = orderB.Add(probe);
            orderA.Keys.Should().Equal(orderB.Keys);
        }
    }

    /// <summary>A value of the transform's own, or a template string, or a map of its own (built both ways alike).</summary>
    private static JToken Value(int i, bool nested) => (i % 3, nested) switch
    {
        (0, true) => Py27.NewDict(new JProperty("inner" + i.ToString(CultureInfo.InvariantCulture), Py27.Str("x", unicode: true))),
        (1, _) => Py27.Str("t" + i.ToString(CultureInfo.InvariantCulture), unicode: true),
        _ => new JValue(i),
    };
}
