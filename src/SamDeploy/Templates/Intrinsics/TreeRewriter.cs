using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>
/// Walks a tree the way the reference's intrinsic resolvers do: rewrite a node, then walk into what it became,
/// replacing children in place. Returns the (possibly replaced) root.
/// </summary>
internal static class TreeRewriter
{
    /// <summary>Rewrites every node (scalars, lists and maps), then walks into what each became.</summary>
    public static JToken Rewrite(JToken value, Func<JToken, JToken> rewriteNode) => Walk(value, rewriteNode, null);

    /// <summary>
    /// <see cref="Rewrite"/> for a rewrite that only ever changes maps of one key (intrinsic functions such as
    /// <c>{"Ref": ...}</c>): <paramref name="rewriteFunction"/> is called for those alone, so walking the scalars, lists
    /// and larger maps of a whole template costs no call per node.
    /// </summary>
    public static JToken RewriteFunctions(JToken value, Func<JObject, JToken> rewriteFunction) => Walk(value, null, rewriteFunction);

    private static JToken Walk(JToken value, Func<JToken, JToken>? rewriteNode, Func<JObject, JToken>? rewriteFunction)
    {
        if (rewriteNode is not null)
        {
            value = rewriteNode(value);
        }
        else if (value is JObject { Count: 1 } function)
        {
            value = rewriteFunction!(function);
        }

        switch (value)
        {
            case JObject map:
                // Sibling links, not Properties(): no enumerator and no list per map. A rewrite replaces values only,
                // so the chain of properties stays as it is while it is walked.
                for (var child = map.First; child is not null; child = child.Next)
                {
                    var property = (JProperty)child;
                    var rewritten = Walk(property.Value, rewriteNode, rewriteFunction);
                    if (!ReferenceEquals(rewritten, property.Value))
                    {
                        property.Value = rewritten;
                    }
                }

                break;
            case JArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    var item = list[i];
                    var rewritten = Walk(item, rewriteNode, rewriteFunction);
                    if (!ReferenceEquals(rewritten, item))
                    {
                        list[i] = rewritten;
                    }
                }

                break;
        }

        return value;
    }
}
