using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.LogicalIds;
using Xunit;

namespace SamDeploy.Tests.LogicalIds;

public class PythonJsonTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(1e22, "1e+22")]
    [InlineData(100.0, "100.0")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(3.14, "3.14")]
    public void Floats_print_as_python_repr(double value, string expected) =>
        PythonJson.Dumps(new JValue(value)).Should().Be(expected);

    [Fact]
    public void Keys_are_sorted_separators_compact_and_non_ascii_escaped()
    {
        var value = JObject.Parse("""{"b": [true, null, 2], "a": "ü\n日", "A": {"y": 1, "x": "\""}}""");

        PythonJson.Dumps(value).Should().Be("""{"A":{"x":"\"","y":1},"a":"\u00fc\n\u65e5","b":[true,null,2]}""");
    }

    [Fact]
    public void A_map_given_as_keys_and_values_prints_as_the_map_would()
    {
        // Keys that sort differently by UTF-16 unit and by code point, nested values, and values left where they are.
        var source = JObject.Parse("""{"b": [true, null, 2.5], "ü": {"y": 1, "x": "\""}, "\ud83d\ude00": 1, "\uff61": "x", "A": {}}""");
        var keys = source.Properties().Select(p => p.Name).Reverse().ToArray();
        var values = keys.Select(k => source[k]!).ToArray();

        PythonJson.DumpsMap(keys, values).Should().Be(PythonJson.Dumps(source));
        values.Should().OnlyContain(v => v.Parent != null && v.Root == source, "the values are written, not copied");

        // Keys that differ but compare equal by code point (lone surrogates read as U+FFFD) keep the map's order, as
        // the map's stable sort keeps them; forty of them, in two orders, are enough to defeat an unstable sort.
        var loneSurrogates = Enumerable.Range(0, 40).Select(i => ((char)(i % 2 == 0 ? 0xD800 + i : 0xDC00 + i)).ToString()).ToArray();
        foreach (var names in new[] { loneSurrogates.Append("a").Prepend("b").ToArray(), loneSurrogates.Reverse().Append("\ufffd").ToArray() })
        {
            var map = new JObject();
            foreach (var name in names)
            {
                map[name] = (int)name[0];
            }

            PythonJson.DumpsMap([.. names], [.. names.Select(n => (JToken)(int)n[0])]).Should().Be(PythonJson.Dumps(map));
        }
    }

    [Fact]
    public void Keys_sort_by_code_point_and_stably_as_a_stable_OrderBy_sorts_them()
    {
        // The oracle: LINQ's OrderBy (stable) with the same comparer, on random maps whose keys mix ASCII, other BMP
        // characters, pairs from the astral planes, lone surrogates and U+FFFD (which compare equal to each other),
        // at every size up to well past the small maps templates hold; nested maps and the keys-and-values form too.
        string[] pieces = ["a", "b", "B", "_", "0", "ü", "日", "\uff61", "\ufffd", "\ud83d\ude00", "\ud800", "\udc01", "\udbff", "\ud83d"];
        var random = new Random(1406);
        for (var round = 0; round < 2_000; round++)
        {
            var count = round < 1_500 ? random.Next(0, 12) : random.Next(12, 300);
            var map = new JObject();
            while (map.Count < count)
            {
                var name = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
                map[name] = random.Next(3) == 0 ? new JObject { [name] = 1, ["a"] = 2, ["\ufffd"] = 3, [pieces[random.Next(pieces.Length)]] = 4 } : map.Count;
            }

            var expected = PythonJson.Dumps(map, ",", ":", m => m.Properties().Select(p => p.Name).OrderBy(n => n, PythonJson.CodePointComparer.Instance));
            PythonJson.Dumps(map).Should().Be(expected);
            var names = map.Properties().Select(p => p.Name).ToArray();
            PythonJson.DumpsMap(names, [.. names.Select(n => map[n]!)]).Should().Be(expected);
        }
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_escaped_as_surrogate_pairs()
    {
        PythonJson.Dumps(new JValue("😀")).Should().Be("\"\\ud83d\\ude00\"");
    }
}
