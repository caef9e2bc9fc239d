using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources;

/// <summary>Turns SAM's <c>Tags</c> map into CloudFormation's list of <c>Key</c>/<c>Value</c> pairs.</summary>
internal static class TagList
{
    public const string SamTagKey = "lambda:createdBy";
    public const string SamTagValue = "SAM";

    /// <summary>The tag list for a map (a null value becomes an empty string); empty for no map.</summary>
    public static JArray From(JObject? tags)
    {
        var list = new JArray();
        if (tags is null)
        {
            return list;
        }

        foreach (var property in new Templates.PropertyWalk(tags))
        {
            list.Add(new JObject
            {
                ["Key"] = property.Name,
                ["Value"] = property.Value.Type == JTokenType.Null ? string.Empty : property.Value.DeepClone(),
            });
        }

        return list;
    }
}
