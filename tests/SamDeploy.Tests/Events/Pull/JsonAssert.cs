using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Tests.Events.Pull;

/// <summary>Compares JSON trees regardless of key order, showing both as sorted, indented text on failure.</summary>
internal static class JsonAssert
{
    public static void ShouldEqualJson(this JToken? actual, string expected) =>
        Sorted(actual).ToString(Formatting.Indented).Should().Be(Sorted(JToken.Parse(expected)).ToString(Formatting.Indented));

    private static JToken Sorted(JToken? token) => token switch
    {
        null => JValue.CreateNull(),
        JObject map => new JObject(map.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray list => new JArray(list.Select(Sorted)),
        _ => token.DeepClone(),
    };
}
