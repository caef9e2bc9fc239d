using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Tests.Templates;

/// <summary>Strict tree equality: same keys, same list order, same node kinds (an integer is not a float) and values.</summary>
internal static class TreeComparison
{
    /// <summary>The path and values of the first difference, or null when the trees are the same.</summary>
    public static string? FirstDifference(JToken expected, JToken actual)
    {
        if (expected.Type != actual.Type)
        {
            return $"{expected.Path}: expected a {expected.Type} {Show(expected)} but was a {actual.Type} {Show(actual)}";
        }

        switch (expected)
        {
            case JObject map:
                var other = (JObject)actual;
                foreach (var property in map.Properties())
                {
                    if (other.Property(property.Name, StringComparison.Ordinal) is not { } match)
                    {
                        return $"{property.Path}: missing key";
                    }

                    if (FirstDifference(property.Value, match.Value) is { } inner)
                    {
                        return inner;
                    }
                }

                var extra = other.Properties().FirstOrDefault(p => map.Property(p.Name, StringComparison.Ordinal) is null);
                return extra is null ? null : $"{extra.Path}: unexpected key";
            case JArray list:
                var otherList = (JArray)actual;
                if (list.Count != otherList.Count)
                {
                    return $"{list.Path}: expected {list.Count} items but was {otherList.Count}";
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (FirstDifference(list[i], otherList[i]) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return JToken.DeepEquals(expected, actual) ? null : $"{expected.Path}: expected {Show(expected)} but was {Show(actual)}";
        }
    }

    private static string Show(JToken token) => token.ToString(Formatting.None);
}
