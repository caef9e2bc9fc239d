using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function.Policies;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Iam;

/// <summary>What kind of entry of a resource's <c>Policies</c> property a value is.</summary>
internal enum PolicyKind
{
    /// <summary>A managed policy name or ARN (a string or an intrinsic).</summary>
    ManagedPolicy,

    /// <summary>An inline policy document (a map with <c>Statement</c>).</summary>
    PolicyStatement,

    /// <summary>A SAM policy template (a one-key map naming a template of the catalogue).</summary>
    PolicyTemplate,

    /// <summary>None of the above: the role builder rejects it.</summary>
    Unknown,
}

/// <summary>
/// The entries of a <c>Policies</c> property (a name, a document, a template, or a list of them) and their kinds, as
/// the reference classifies them; shared by the policy-templates plugin and the execution-role builder.
/// </summary>
internal static class PolicyEntries
{
    /// <summary>The entries: none for an empty value, the list's items, or the single value.</summary>
    public static IReadOnlyList<JToken> Of(JToken? policies)
    {
        if (Truthiness.IsFalsy(policies))
        {
            return [];
        }

        return policies is JArray list ? [.. list] : [policies!];
    }

    /// <summary>The kind of one entry; an Fn::If takes the kind of its branches (AWS::NoValue aside).</summary>
    /// <param name="policy">The entry.</param>
    /// <param name="catalog">The policy templates to recognise; null recognises none.</param>
    /// <returns>The kind.</returns>
    public static PolicyKind Classify(JToken policy, PolicyTemplateCatalog? catalog)
    {
        if (policy.Type == JTokenType.String)
        {
            return PolicyKind.ManagedPolicy;
        }

        if (Fn.IsIf(policy))
        {
            return ClassifyIf(policy, catalog);
        }

        if (Fn.IsIntrinsic(policy))
        {
            return PolicyKind.ManagedPolicy;
        }

        if (policy is JObject map && map.ContainsKey("Statement"))
        {
            return PolicyKind.PolicyStatement;
        }

        if (catalog is not null && policy is JObject { Count: 1 } single && catalog.Contains(single.Properties().First().Name))
        {
            return PolicyKind.PolicyTemplate;
        }

        return PolicyKind.Unknown;
    }

    private static PolicyKind ClassifyIf(JToken policy, PolicyTemplateCatalog? catalog)
    {
        if (Fn.ValidateIfItems(policy, out var items) is { } error)
        {
            throw TemplateErrors.Template(error, policy);
        }

        var whenTrue = Classify(items[1], catalog);
        var whenFalse = Classify(items[2], catalog);
        if (whenTrue == whenFalse)
        {
            return whenTrue;
        }

        if (Fn.IsNoValue(items[1]))
        {
            return whenFalse;
        }

        if (Fn.IsNoValue(items[2]))
        {
            return whenTrue;
        }

        throw TemplateErrors.Template(
            "Different policy types within the same Fn::If statement is unsupported. Separate different policy types into different Fn::If statements",
            policy);
    }
}
