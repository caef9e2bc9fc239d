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

    /// <summary>
    /// <see cref="Rewrite"/> for a rewrite that only ever changes maps of one key (intrinsic functions such as
    /// <c>{"Ref": ...}</c>): <paramref name="rewriteFunction"/> is called for those alone, so walking the scalars, lists
    /// and larger maps of a whole template costs no call per node.
    /// </summary>
    public static JToken RewriteFunctions(JToken value, Func<JObject, JToken> rewriteFunction)
    {
        if (value is JObject { Count: 1 } function)
        {
            value = rewriteFunction(function);
        }

        switch (value)
        {
            case JObject map:
                for (var child = map.First; child is not null; child = child.Next)
                {
                    var property = (JProperty)child;
                    var rewritten = RewriteFunctions(property.Value, rewriteFunction);
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
                    var rewritten = RewriteFunctions(item, rewriteFunction);
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
