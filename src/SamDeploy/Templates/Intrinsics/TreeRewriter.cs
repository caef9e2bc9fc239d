using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>
/// Walks a tree the way the reference's intrinsic resolvers do: rewrite a node, then walk into what it became,
/// replacing children in place. Returns the (possibly replaced) root.
/// </summary>
internal static class TreeRewriter
{
    /// <summary>Rewrites every node (scalars, lists and maps), then walks into what each became.</summary>
    public static JToken Rewrite(JToken value, Func<JToken, JToken> rewriteNode) => Walk(value, rewriteNode);

    /// <summary>
    /// <see cref="Rewrite"/> for a rewrite that only ever changes maps of one key (intrinsic functions such as
    /// <c>{"Ref": ...}</c>): <paramref name="rewriteFunction"/> is called for those alone, so walking the scalars, lists
    /// and larger maps of a whole template costs no call per node.
    /// </summary>
    public static JToken RewriteFunctions(JToken value, Func<JObject, JToken> rewriteFunction) => WalkFunctions(value, rewriteFunction);

    /// <summary>
    /// The walk of <see cref="RewriteFunctions"/>: node kinds told apart by <see cref="JToken.Type"/> (one virtual call
    /// instead of type tests against Newtonsoft's open class hierarchy), and scalars never entered, since nothing
    /// happens to them. The whole output is walked this way once per transform, so this loop is hot.
    /// </summary>
    private static JToken WalkFunctions(JToken value, Func<JObject, JToken> rewriteFunction)
    {
        var type = value.Type;
        if (type == JTokenType.Object && ((JObject)value).First is { Next: null })
        {
            value = rewriteFunction((JObject)value);
            type = value.Type;
        }

        if (type == JTokenType.Object)
        {
            // Sibling links, not Properties(): a rewrite replaces values only, so the chain of properties stays as it
            // is while it is walked.
            for (var child = ((JObject)value).First; child is not null; child = child.Next)
            {
                var property = (JProperty)child;
                var item = property.Value;
                if (item.Type is JTokenType.Object or JTokenType.Array)
                {
                    var rewritten = WalkFunctions(item, rewriteFunction);
                    if (!ReferenceEquals(rewritten, item))
                    {
                        property.Value = rewritten;
                    }
                }
            }
        }
        else if (type == JTokenType.Array)
        {
            var list = (JArray)value;
            var index = 0;
            for (var item = list.First; item is not null; item = item.Next, index++)
            {
                if (item.Type is JTokenType.Object or JTokenType.Array)
                {
                    var rewritten = WalkFunctions(item, rewriteFunction);
                    if (!ReferenceEquals(rewritten, item))
                    {
                        list[index] = rewritten;

                        // What the list now holds: Newtonsoft inserts a copy of a value that already has a parent.
                        item = list[index];
                    }
                }
            }
        }

        return value;
    }

    private static JToken Walk(JToken value, Func<JToken, JToken> rewriteNode)
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
                    var rewritten = Walk(property.Value, rewriteNode);
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
                    var rewritten = Walk(item, rewriteNode);
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
