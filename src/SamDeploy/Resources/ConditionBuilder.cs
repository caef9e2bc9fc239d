using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources;

/// <summary>Builds template conditions the way the reference names and nests them.</summary>
internal static class ConditionBuilder
{
    private const int MaxConditionsInOr = 10;

    /// <summary>
    /// Combines condition names with <c>Fn::Or</c> under <paramref name="name"/>; more than ten are split into
    /// numbered conditions (Fn::Or takes at most ten). Null when fewer than two conditions are given.
    /// </summary>
    public static JObject? CombineWithOr(List<string> conditions, string name)
    {
        if (conditions.Count < 2)
        {
            return null;
        }

        var result = new JObject();
        var zeroBasedCount = (conditions.Count - 2) / (MaxConditionsInOr - 1);
        var list = new List<string>(conditions);
        while (list.Count > 1)
        {
            var newName = name;
            if (zeroBasedCount > 0)
            {
                newName = name + zeroBasedCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                zeroBasedCount--;
            }

            var content = new JObject { ["Fn::Or"] = new JArray(list.Take(MaxConditionsInOr).Select(c => new JObject { ["Condition"] = c })) };
            list = [.. list.Skip(MaxConditionsInOr), newName];
            result[newName] = content;
        }

        return result;
    }
}
