using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// Puts parameter values into a policy template's statements the way the reference transform does: every
/// <c>{"Ref": NAME}</c> in the template is first renamed to a private name (so a user's value that itself refers to a
/// CloudFormation parameter of the same name is never substituted again), then each one-key <c>Ref</c> whose private
/// name has a value is replaced by a copy of that value, and the walk goes on inside the value. Only <c>Ref</c> is
/// resolved: <c>${...}</c> inside a <c>Fn::Sub</c> string is left alone, which is why the templates pass parameters to
/// their <c>Fn::Sub</c>s through the variable map.
/// </summary>
internal static class PolicyParameterResolver
{
    /// <summary>The prefix the reference gives a template's own <c>Ref</c>s before resolving them.</summary>
    internal const string PrivatePrefix = "___SAM_POLICY_PARAMETER_";

    /// <summary>A value CloudFormation passes for a cross-stack output that does not exist yet; never substituted.</summary>
    private const string CloudFormationPlaceholder = "{{IntrinsicFunction:";

    /// <summary>Resolves the template's parameter references in a copy of <paramref name="definition"/>.</summary>
    /// <param name="templateName">The template's name, for the error when values refer to each other without end.</param>
    /// <param name="definition">The template's definition; not changed.</param>
    /// <param name="values">The values of the template's own parameters (extra names already dropped).</param>
    /// <returns>The resolved copy.</returns>
    public static JToken Resolve(string templateName, JToken definition, IReadOnlyDictionary<string, JToken> values)
    {
        var copy = RenameReferences(definition);
        if (values.Count == 0)
        {
            return copy;
        }

        var privateValues = values.ToDictionary(pair => PrivatePrefix + pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return Traverse(templateName, copy, privateValues, substitutions: 0);
    }

    private static JToken RenameReferences(JToken node)
    {
        var copy = node.DeepClone();
        IEnumerable<JToken> nodes = copy is JContainer container ? container.DescendantsAndSelf() : [copy];
        foreach (var obj in nodes.OfType<JObject>().ToList())
        {
            if (obj["Ref"] is JValue { Type: JTokenType.String } name)
            {
                obj["Ref"] = PrivatePrefix + (string)name!;
            }
        }

        return copy;
    }

    private static JToken Traverse(string templateName, JToken node, Dictionary<string, JToken> values, int substitutions)
    {
        if (TrySubstitute(node, values) is { } value)
        {
            // A value may hold a Ref to another parameter's private name; the reference walks into values too. A chain
            // of more substitutions than there are parameters repeats one, and would never end.
            if (++substitutions > values.Count)
            {
                throw new PolicyTemplateException(
                    PolicyTemplateErrorKind.InvalidParameterValues,
                    templateName,
                    "Parameter values of policy template '" + templateName + "' refer to each other without end");
            }

            node = value;
        }

        switch (node)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    var resolved = Traverse(templateName, property.Value, values, substitutions);
                    if (!ReferenceEquals(resolved, property.Value))
                    {
                        property.Value = resolved;
                    }
                }

                break;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var resolved = Traverse(templateName, array[i], values, substitutions);
                    if (!ReferenceEquals(resolved, array[i]))
                    {
                        array[i] = resolved;
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>A copy of the value a one-key <c>{"Ref": NAME}</c> stands for, or <see langword="null"/> to keep the node.</summary>
    private static JToken? TrySubstitute(JToken node, Dictionary<string, JToken> values)
    {
        if (node is not JObject { Count: 1 } obj
            || obj["Ref"] is not JValue { Type: JTokenType.String } name
            || !values.TryGetValue((string)name!, out var value))
        {
            return null;
        }

        if (value is JValue { Type: JTokenType.String } text && ((string)text!).StartsWith(CloudFormationPlaceholder, StringComparison.Ordinal))
        {
            return null;
        }

        return value.DeepClone();
    }
}
