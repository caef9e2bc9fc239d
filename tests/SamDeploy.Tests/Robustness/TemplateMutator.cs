using System.Numerics;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Tests.Robustness;

/// <summary>One change to a template: what to do, to which node (an index into the nodes), with which replacement.</summary>
internal readonly record struct Mutation(MutationKind Kind, int Target, int Payload)
{
    public override string ToString() => $"{Kind}@{Target}/{Payload}";
}

/// <summary>The kinds of change the property tests make to real templates.</summary>
internal enum MutationKind
{
    DropProperty,
    DuplicateProperty,
    Retype,
    WrapScalar,
    InjectIntrinsic,
    Unicode,
    HugeString,
    RenameProperty,
}

/// <summary>Applies <see cref="Mutation"/>s to a copy of a template tree.</summary>
internal static class TemplateMutator
{
    private static readonly string[] UnicodeTexts =
    [
        "İstanbul ı", "Straße ß", "\u202Eevil\u202C", "日本語のテキスト", "🚀🔥👍🏽", "a\u0000b", "e\u0301\u0308", "\uD800", "\uDFFF\uD800",
        "\r\n\t\v\f", "مرحبا", "Ω≈ç√∫", "\uFEFFbom", "${AWS::Region}", "!Ref X", "'\"\\", "0x1F", "yes", "~", "", " ",
    ];

    private static readonly Func<string, JToken>[] Intrinsics =
    [
        _ => new JObject { ["Ref"] = "AWS::Region" },
        _ => new JObject { ["Ref"] = "AWS::NoValue" },
        _ => new JObject { ["Ref"] = "AWS::AccountId" },
        id => new JObject { ["Ref"] = id },
        id => new JObject { ["Ref"] = id + ".Alias" },
        id => new JObject { ["Fn::GetAtt"] = new JArray(id, "Arn") },
        id => new JObject { ["Fn::GetAtt"] = id + ".Version" },
        id => new JObject { ["Fn::Sub"] = "${AWS::Region}-${" + id + "}-${Missing}" },
        _ => new JObject { ["Fn::Sub"] = new JArray("${a}", new JObject { ["a"] = 1 }) },
        _ => new JObject { ["Fn::If"] = new JArray("Cond", "yes", new JObject { ["Ref"] = "AWS::NoValue" }) },
        _ => new JObject { ["Fn::If"] = "not a list" },
        _ => new JObject { ["Fn::If"] = new JArray() },
        _ => new JObject { ["Fn::FindInMap"] = new JArray("Map", new JObject { ["Ref"] = "AWS::Region" }, "Key") },
        _ => new JObject { ["Fn::Join"] = new JArray(",", new JArray("a", new JObject { ["Ref"] = "AWS::Region" })) },
        _ => new JObject { ["Fn::Select"] = new JArray(0, new JObject { ["Fn::GetAZs"] = string.Empty }) },
        _ => new JObject { ["Fn::ImportValue"] = "exported" },
        _ => new JObject { ["Fn::Base64"] = new JObject { ["Ref"] = "AWS::StackName" } },
        _ => new JObject { ["Condition"] = "Cond" },
        _ => new JObject { ["Ref"] = 5 },
        _ => new JObject { ["Ref"] = new JArray() },
        _ => new JObject { ["Fn::GetAtt"] = new JArray() },
        _ => new JObject { ["Fn::GetAtt"] = new JObject() },
        _ => new JObject { ["Fn::Sub"] = JValue.CreateNull() },
        _ => new JObject { ["Ref"] = "A", ["Fn::GetAtt"] = new JArray("B", "C") },
    ];

    private static readonly Func<JToken>[] Replacements =
    [
        () => new JValue(string.Empty),
        () => new JValue("text"),
        () => new JValue(0),
        () => new JValue(-1),
        () => new JValue(3.5),
        () => new JValue(double.NaN),
        () => new JValue(true),
        () => new JValue(false),
        () => JValue.CreateNull(),
        () => new JValue(long.MaxValue),
        () => new JValue(BigInteger.Pow(10, 40)),
        () => new JArray(),
        () => new JObject(),
        () => new JArray(1, "two", JValue.CreateNull()),
        () => new JObject { ["Key"] = "Value" },
    ];

    /// <summary>Returns a mutated copy of <paramref name="template"/>; the original is not changed.</summary>
    public static JObject Apply(JObject template, IEnumerable<Mutation> mutations)
    {
        var copy = (JObject)template.DeepClone();
        foreach (var mutation in mutations)
        {
            Apply(copy, mutation);
        }

        return copy;
    }

    private static void Apply(JObject root, Mutation mutation)
    {
        var nodes = root.Descendants().Where(t => t is not JProperty).ToList();
        var properties = root.Descendants().OfType<JProperty>().ToList();
        var ids = (root["Resources"] as JObject)?.Properties().Select(p => p.Name).ToList() ?? [];
        var someId = ids.Count == 0 ? "Missing" : ids[mutation.Payload % ids.Count];
        switch (mutation.Kind)
        {
            case MutationKind.DropProperty when properties.Count > 0:
                properties[mutation.Target % properties.Count].Remove();
                break;
            case MutationKind.DuplicateProperty when properties.Count > 0:
                var original = properties[mutation.Target % properties.Count];
                var name = original.Name + (mutation.Payload % 2 == 0 ? "Copy" : "2");
                if (original.Parent is JObject parent && !parent.ContainsKey(name))
                {
                    parent.Add(new JProperty(name, original.Value.DeepClone()));
                }

                break;
            case MutationKind.Retype when nodes.Count > 0:
                Replace(nodes[mutation.Target % nodes.Count], Replacements[mutation.Payload % Replacements.Length]());
                break;
            case MutationKind.WrapScalar:
                var scalars = nodes.OfType<JValue>().ToList();
                if (scalars.Count > 0)
                {
                    var scalar = scalars[mutation.Target % scalars.Count];
                    Replace(scalar, mutation.Payload % 2 == 0 ? new JArray(scalar.DeepClone()) : new JObject { ["Value"] = scalar.DeepClone() });
                }

                break;
            case MutationKind.InjectIntrinsic when nodes.Count > 0:
                Replace(nodes[mutation.Target % nodes.Count], Intrinsics[mutation.Payload % Intrinsics.Length](someId));
                break;
            case MutationKind.Unicode:
                var strings = nodes.OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList();
                if (strings.Count > 0)
                {
                    var text = UnicodeTexts[mutation.Payload % UnicodeTexts.Length];
                    var target = strings[mutation.Target % strings.Count];
                    Replace(target, new JValue(mutation.Payload % 3 == 0 ? (string)target! + text : text));
                }

                break;
            case MutationKind.HugeString:
                var values = nodes.OfType<JValue>().ToList();
                if (values.Count > 0)
                {
                    Replace(values[mutation.Target % values.Count], new JValue(new string((char)('a' + (mutation.Payload % 26)), 50_000 + (mutation.Payload % 50_000))));
                }

                break;
            case MutationKind.RenameProperty when properties.Count > 0:
                var renamed = properties[mutation.Target % properties.Count];
                var newName = mutation.Payload % 2 == 0 ? UnicodeTexts[mutation.Payload % UnicodeTexts.Length] : someId;
                if (renamed.Parent is JObject owner && !owner.ContainsKey(newName))
                {
                    renamed.Replace(new JProperty(newName, renamed.Value));
                }

                break;
        }
    }

    private static void Replace(JToken node, JToken replacement)
    {
        if (node.Parent is JProperty property)
        {
            property.Value = replacement;
        }
        else if (node.Parent is JArray)
        {
            node.Replace(replacement);
        }
    }
}
