using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources;

/// <summary>
/// Resources whose generated logical id differs from the declared one (a LayerVersion gets a content hash). After the
/// transform every <c>DependsOn</c>, <c>Ref</c>, <c>Fn::GetAtt</c> and <c>${...}</c> in <c>Fn::Sub</c> naming the old
/// id is rewritten to the new one, as the reference does.
/// </summary>
internal sealed class RenamedResources
{
    private readonly List<KeyValuePair<string, string>> _renamed = [];

    /// <summary>Records that <paramref name="oldLogicalId"/> became <paramref name="newLogicalId"/>.</summary>
    /// <param name="oldLogicalId">The declared id.</param>
    /// <param name="newLogicalId">The generated id.</param>
    public void Add(string oldLogicalId, string newLogicalId) => _renamed.Add(new(oldLogicalId, newLogicalId));

    /// <summary>Rewrites every use of a renamed id inside <paramref name="template"/>, in place.</summary>
    /// <param name="template">The template.</param>
    public void Resolve(JToken template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (_renamed.Count == 0)
        {
            return;
        }

        TreeRewriter.Rewrite(template, node =>
        {
            RenameDependsOn(node);
            return node;
        });
        TreeRewriter.RewriteFunctions(template, RenameReferences);
    }

    private string? NewId(string oldId) => _renamed.LastOrDefault(r => r.Key == oldId).Value;

    private void RenameDependsOn(JToken node)
    {
        if (node is not JObject map || map["DependsOn"] is not { } dependsOn)
        {
            return;
        }

        foreach (var (oldId, newId) in _renamed)
        {
            if (dependsOn is JArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is JValue { Type: JTokenType.String } item && (string?)item == oldId)
                    {
                        list[i] = newId;
                    }
                }
            }
            else if (dependsOn is JValue { Type: JTokenType.String } single && (string?)single == oldId)
            {
                map["DependsOn"] = newId;
                dependsOn = map["DependsOn"]!;
            }
        }
    }

    private JToken RenameReferences(JToken node)
    {
        if (node is not JObject { Count: 1 } map)
        {
            return node;
        }

        var property = (JProperty)map.First!;
        switch (property.Name)
        {
            case "Ref" when property.Value is JValue { Type: JTokenType.String } reference
                && !((string)reference!).Contains('.', StringComparison.Ordinal)
                && NewId((string)reference!) is { } renamed:
                return new JObject { ["Ref"] = renamed };
            case "Fn::GetAtt" when property.Value is JArray { Count: >= 2 } items && items.All(i => i.Type == JTokenType.String):
                var parts = string.Join(".", items.Select(i => (string)i!)).Split('.');
                if (NewId(parts[0]) is { } target)
                {
                    property.Value = new JArray(new[] { target }.Concat(parts.Skip(1)));
                }

                return node;
            case "Fn::Sub":
                property.Value = IntrinsicResolver.SubstituteValue(property.Value, (full, text) =>
                {
                    var logicalId = text.Split('.')[0];
                    return NewId(logicalId) is { } newId ? new JValue(((string)full!).Replace(logicalId, newId, StringComparison.Ordinal)) : full;
                }, keepUnchanged: true);
                return node;
            default:
                return node;
        }
    }
}
