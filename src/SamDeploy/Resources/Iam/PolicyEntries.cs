using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Iam;

/// <summary>What kind of entry of a resource's <c>Policies</c> property a value is.</summary>
internal enum PolicyKind
{
    ManagedPolicy,
    Statement,
    Template,
    Unknown,
}

/// <summary>The entries of a <c>Policies</c> property (a name, a document, a template, or a list of them), classified as the reference does.</summary>
internal static class PolicyEntries
{
    public static IReadOnlyList<(JToken Data, PolicyKind Kind)> Of(JToken? policies, Func<string, bool>? isTemplateName = null)
    {
        if (Truthiness.IsFalsy(policies))
        {
            return [];
        }

        var list = policies as JArray ?? new JArray(policies!);
        return [.. list.Select(p => (p, KindOf(p, isTemplateName)))];
    }

    public static PolicyKind KindOf(JToken policy, Func<string, bool>? isTemplateName)
    {
        if (policy is JValue { Type: JTokenType.String })
        {
            return PolicyKind.ManagedPolicy;
        }

        if (Fn.IsIf(policy))
        {
            return KindOfIf(policy, isTemplateName);
        }

        if (Fn.IsIntrinsic(policy))
        {
            return PolicyKind.ManagedPolicy;
        }

        if (policy is JObject map && map.ContainsKey("Statement"))
        {
            return PolicyKind.Statement;
        }

        if (isTemplateName is not null && policy is JObject { Count: 1 } single && isTemplateName(single.Properties().First().Name))
        {
            return PolicyKind.Template;
        }

        return PolicyKind.Unknown;
    }

    private static PolicyKind KindOfIf(JToken policy, Func<string, bool>? isTemplateName)
    {
        if (Fn.ValidateIfItems(policy, out var items) is { } error)
        {
            throw TemplateErrors.Template(error, policy);
        }

        var thenKind = KindOf(items[1], isTemplateName);
        var elseKind = KindOf(items[2], isTemplateName);
        if (thenKind == elseKind)
        {
            return thenKind;
        }

        if (Fn.IsNoValue(items[1]))
        {
            return elseKind;
        }

        if (Fn.IsNoValue(items[2]))
        {
            return thenKind;
        }

        throw TemplateErrors.Template("Different policy types within the same Fn::If statement is unsupported. Separate different policy types into different Fn::If statements", policy);
    }
}
