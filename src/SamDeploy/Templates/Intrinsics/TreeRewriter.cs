using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>
/// Walks a tree the way the reference's intrinsic resolvers do: rewrite a node, then walk into what it became,
/// replacing children in place. Returns the (possibly replaced) root.
/// </summary>
internal static class TreeRewriter
{
    public static JToken Rewrite(JToken value, Func<JToken, JToken> rewriteNode)
    {
        value = rewriteNode(value);
        switch (value)
        {
            case JObject map:
                // Sibling links, not Properties(): no enumerator and no list per map. A rewrite replaces values only,
                // so the chain of properties stays as it is while it is walked.
                for (var child = map.First; child is not null; child = child.Next)
                {
                    var property = (JProperty)child;
                    var rewritten = Rewrite(property.Value, rewriteNode);
                    if (!ReferenceEquals(rewritten, property.Value))
                    {
                        property.Value = rewritten;
                    }
                }

                break;
            case JArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    var rewritten = Rewrite(list[i], rewriteNode);
                    if (!ReferenceEquals(rewritten, list[i]))
                    {
                        list[i] = rewritten;
                    }
                }

                break;
        }

        return value;
    }
}
