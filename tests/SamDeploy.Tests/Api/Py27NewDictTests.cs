using System.Globalization;
using CsCheck;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// <see cref="Py27.NewDict(JProperty[])"/> against what it replaces, <see cref="Py27.NewDict()"/> and a
/// <see cref="Py27.Set"/> of each key: the same Python text (key order, key and string origins), and the same after
/// further edits and copies, which start from the recorded key table and not only from its order.
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
                foreach (var name in names)
                {
                    Py27.IsUnicodeKey(whole, name).Should().Be(Py27.IsUnicodeKey(byKey, name));
                }

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
        var owner = new JObject { ["taken"] = new JObject { ["a"] = 1 } };
        var value = owner["taken"]!;

        var map = Py27.NewDict(new JProperty("x", value));

        map["x"].Should().NotBeSameAs(value);
        JToken.DeepEquals(map["x"], value).Should().BeTrue();
        owner["taken"].Should().BeSameAs(value);
    }

    /// <summary>A value of the transform's own, or a template string, or a map of its own (built both ways alike).</summary>
    private static JToken Value(int i, bool nested) => (i % 3, nested) switch
    {
        (0, true) => Py27.NewDict(new JProperty("inner" + i.ToString(CultureInfo.InvariantCulture), Py27.Str("x", unicode: true))),
        (1, _) => Py27.Str("t" + i.ToString(CultureInfo.InvariantCulture), unicode: true),
        _ => new JValue(i),
    };
}
