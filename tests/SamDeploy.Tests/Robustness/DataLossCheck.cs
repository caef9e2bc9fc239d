using Newtonsoft.Json.Linq;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// What a transform must leave alone, checked on one input and its output: every top-level section but the ones the
/// transform owns (Transform, Globals, Resources; Conditions may only grow), every resource that is not a serverless
/// one, and the resource attributes of a serverless resource that the reference passes through to the resource that
/// takes its logical id. References the transform rewrites (<c>!Ref Fn.Alias</c>, <c>!GetAtt Fn.Version</c>, a
/// reference to a serverless resource) are the one change allowed inside them.
/// </summary>
internal static class DataLossCheck
{
    /// <summary>Sections the transform itself writes.</summary>
    private static readonly HashSet<string> OwnedSections = new(StringComparer.Ordinal) { "Transform", "Globals", "Resources", "Conditions" };

    /// <summary>The keys of a linked resource the reference keeps when it re-emits it.</summary>
    private static readonly HashSet<string> LinkedResourceKeys = new(StringComparer.Ordinal)
    {
        "Type", "Properties", "DependsOn", "Condition", "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy", "Metadata",
    };

    /// <summary>Attributes of a serverless resource its main generated resource carries unchanged.</summary>
    private static readonly string[] PassedThrough = ["Condition", "DeletionPolicy", "UpdateReplacePolicy"];

    /// <summary>Every loss or change found, as readable lines; empty when nothing was lost.</summary>
    public static IReadOnlyList<string> Losses(JObject input, JObject output)
    {
        var losses = new List<string>();
        var serverless = ServerlessIds(input);
        foreach (var section in input.Properties().Where(p => !OwnedSections.Contains(p.Name)))
        {
            Compare(section.Value, output[section.Name], section.Name, serverless, losses);
        }

        if (input["Conditions"] is JObject conditions && !IsRewrittenReference(conditions, serverless))
        {
            foreach (var condition in conditions.Properties())
            {
                Compare(condition.Value, output["Conditions"]?[condition.Name], "Conditions." + condition.Name, serverless, losses);
            }
        }

        if (input["Resources"] is not JObject resources)
        {
            return losses;
        }

        foreach (var resource in resources.Properties())
        {
            var produced = output["Resources"]?[resource.Name];
            if (!serverless.Contains(resource.Name))
            {
                if (HasConnectors(resources) && resource.Value is JObject declared && produced is JObject generated)
                {
                    // A connector's DependsOn on the connector is replaced by its generated resources, as the reference does.
                    var before = (JObject)declared.DeepClone();
                    var after = (JObject)generated.DeepClone();
                    before.Remove("DependsOn");
                    after.Remove("DependsOn");
                    Contained(before, after, "Resources." + resource.Name, serverless, losses);
                }
                else if (IsLinkedByEvents(resource.Value) && resource.Value is JObject linked)
                {
                    // The reference rebuilds a linked bucket, user pool or topic from its Type, Properties, DependsOn
                    // and resource attributes; any other top-level key of it is dropped there too.
                    var kept = new JObject(linked.Properties().Where(p => LinkedResourceKeys.Contains(p.Name)).Select(p => new JProperty(p)));
                    Contained(kept, produced, "Resources." + resource.Name, serverless, losses);
                }
                else
                {
                    Compare(resource.Value, produced, "Resources." + resource.Name, serverless, losses);
                }

                continue;
            }

            if (produced is JObject main)
            {
                foreach (var attribute in PassedThrough)
                {
                    if (resource.Value[attribute] is { } value && value.Type != JTokenType.Null)
                    {
                        Compare(value, main[attribute], "Resources." + resource.Name + "." + attribute, serverless, losses);
                    }
                }
            }
        }

        return losses;
    }

    /// <summary>The serverless resources the input declares, and the implicit APIs the transform may create for them.</summary>
    private static HashSet<string> ServerlessIds(JObject input)
    {
        var ids = input["Resources"] is JObject resources
            ? resources.Properties()
                .Where(p => p.Value is JObject r && r["Type"] is JValue { Type: JTokenType.String } t && ((string)t!).StartsWith("AWS::Serverless::", StringComparison.Ordinal))
                .Select(p => p.Name)
                .ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        ids.Add("ServerlessRestApi");
        ids.Add("ServerlessHttpApi");
        return ids;
    }

    /// <summary>
    /// Buckets, user pools and topics that function events link to, and any resource a connector names, may gain
    /// properties, list items and DependsOn from the transform (as the reference writes them); nothing may be lost.
    /// </summary>
    private static bool HasConnectors(JObject resources) =>
        resources.PropertyValues().Any(r => r is JObject o && (o["Connectors"] is not null
            || (o["Type"] is JValue { Type: JTokenType.String } t && (string?)t == "AWS::Serverless::Connector")));

    private static bool IsLinkedByEvents(JToken resource) =>
        resource["Type"] is JValue { Type: JTokenType.String } type
        && (string?)type is "AWS::S3::Bucket" or "AWS::Cognito::UserPool" or "AWS::SNS::Topic"
        || resource["Connectors"] is not null;

    private static void Contained(JToken expected, JToken? actual, string path, HashSet<string> serverless, List<string> losses)
    {
        if (actual is null)
        {
            losses.Add(path + ": missing from the output");
            return;
        }

        if (JToken.DeepEquals(expected, actual) || IsRewrittenReference(expected, serverless))
        {
            return;
        }

        switch (expected)
        {
            case JObject map when actual is JObject other:
                foreach (var property in map.Properties().Where(p => p.Name != "Connectors"))
                {
                    Contained(property.Value, other[property.Name], path + "." + property.Name, serverless, losses);
                }

                return;
            case JArray list when actual is JArray other:
                foreach (var item in list)
                {
                    if (!other.Any(candidate => JToken.DeepEquals(candidate, item)) && !IsRewrittenReference(item, serverless))
                    {
                        losses.Add(path + ": lost " + item.ToString(Newtonsoft.Json.Formatting.None));
                    }
                }

                return;
            case JValue when actual is JArray grown && grown.Any(candidate => JToken.DeepEquals(candidate, expected)):
                return;
            default:
                Compare(expected, actual, path, serverless, losses);
                return;
        }
    }

    private static void Compare(JToken expected, JToken? actual, string path, HashSet<string> serverless, List<string> losses)
    {
        if (actual is null)
        {
            losses.Add(path + ": missing from the output");
            return;
        }

        if (JToken.DeepEquals(expected, actual) || IsRewrittenReference(expected, serverless) || IsRenamedDependsOn(expected, actual, path, serverless))
        {
            return;
        }

        switch (expected)
        {
            case JObject map when actual is JObject other && map.Count == other.Count:
                foreach (var property in map.Properties())
                {
                    Compare(property.Value, other[property.Name], path + "." + property.Name, serverless, losses);
                }

                return;
            case JArray list when actual is JArray other && list.Count == other.Count:
                for (var i = 0; i < list.Count; i++)
                {
                    Compare(list[i], other[i], path + "[" + i + "]", serverless, losses);
                }

                return;
            default:
                losses.Add(path + ": " + expected.ToString(Newtonsoft.Json.Formatting.None) + " became " + actual.ToString(Newtonsoft.Json.Formatting.None));
                return;
        }
    }

    /// <summary>
    /// A <c>DependsOn</c> naming a serverless layer, anywhere in the template, becomes the layer's hashed logical id
    /// (<c>Layer1</c> to <c>Layer1</c> and ten hex digits): the reference rewrites every DependsOn of the whole template.
    /// </summary>
    private static bool IsRenamedDependsOn(JToken expected, JToken actual, string path, HashSet<string> serverless) =>
        (path.EndsWith(".DependsOn", StringComparison.Ordinal) || path.Contains(".DependsOn[", StringComparison.Ordinal))
        && expected is JValue { Type: JTokenType.String } before && actual is JValue { Type: JTokenType.String } after
        && (string?)before is { } id && serverless.Contains(id)
        && (string?)after is { } renamed && renamed.Length == id.Length + 10 && renamed.StartsWith(id, StringComparison.Ordinal)
        && renamed[id.Length..].All(char.IsAsciiHexDigitLower);

    /// <summary>A Ref, GetAtt or Sub naming a serverless resource or a property of one (<c>Fn.Alias</c>): the transform resolves those.</summary>
    private static bool IsRewrittenReference(JToken token, HashSet<string> serverless)
    {
        if (token is not JObject { Count: 1 } intrinsic)
        {
            return false;
        }

        var (name, value) = (intrinsic.Properties().First().Name, intrinsic.Properties().First().Value);
        static bool Names(string? target, HashSet<string> ids) =>
            target is not null && (ids.Contains(target) || (target.Contains('.', StringComparison.Ordinal) && ids.Contains(target[..target.IndexOf('.', StringComparison.Ordinal)])));
        return name switch
        {
            "Ref" => Names(value.Type == JTokenType.String ? (string?)value : null, serverless),
            "Fn::GetAtt" => value is JArray { Count: > 0 } a && a[0].Type == JTokenType.String && Names((string?)a[0], serverless)
                || value.Type == JTokenType.String && Names((string?)value, serverless),
            "Fn::Sub" => (value is JArray { Count: > 0 } s ? s[0] : value) is JValue { Type: JTokenType.String } text
                && serverless.Any(id => ((string)text!).Contains("${" + id + ".", StringComparison.Ordinal) || ((string)text!).Contains("${" + id + "}", StringComparison.Ordinal)),
            _ => false,
        };
    }
}
