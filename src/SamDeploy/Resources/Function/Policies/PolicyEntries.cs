using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// Reads the polymorphic <c>Policies</c> property (one entry or a list of them) and classifies each entry the way the
/// reference transform does, <c>Fn::If</c> included.
/// </summary>
internal static class PolicyEntries
{
    /// <summary>The entries of a <c>Policies</c> value: none when it is missing or empty, one when it is not a list.</summary>
    /// <param name="policies">The property's value.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<JToken> Of(JToken? policies)
    {
        if (policies is null || IsEmpty(policies))
        {
            return [];
        }

        return policies is JArray list ? [.. list] : [policies];
    }

    /// <summary>Classifies one entry.</summary>
    /// <param name="policy">The entry.</param>
    /// <param name="catalog">The templates known; <see langword="null"/> to never detect a template.</param>
    /// <returns>The entry's kind.</returns>
    /// <exception cref="SamTemplateException">A malformed <c>Fn::If</c>, or one mixing kinds.</exception>
    public static PolicyKind Classify(JToken policy, PolicyTemplateCatalog? catalog)
    {
        if (policy.Type == JTokenType.String)
        {
            return PolicyKind.ManagedPolicy;
        }

        if (IsIf(policy))
        {
            return ClassifyIf(policy, catalog);
        }

        if (IsIntrinsic(policy))
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

    /// <summary>Whether a value is <c>{"Fn::If": ...}</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is an <c>Fn::If</c>.</returns>
    public static bool IsIf(JToken value) =>
        value is JObject { Count: 1 } map && map.ContainsKey("Fn::If");

    /// <summary>Whether a value is <c>{"Ref": "AWS::NoValue"}</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is the no-value reference.</returns>
    public static bool IsNoValue(JToken value) =>
        value is JObject { Count: 1 } map
        && map["Ref"] is JValue { Type: JTokenType.String } target
        && string.Equals((string)target!, "AWS::NoValue", StringComparison.Ordinal);

    private static PolicyKind ClassifyIf(JToken policy, PolicyTemplateCatalog? catalog)
    {
        if (policy["Fn::If"] is not JArray { Count: 3 } items)
        {
            throw TemplateErrors.Template("Fn::If requires 3 arguments", policy);
        }

        var whenTrue = Classify(items[1], catalog);
        var whenFalse = Classify(items[2], catalog);
        if (whenTrue == whenFalse)
        {
            return whenTrue;
        }

        if (IsNoValue(items[1]))
        {
            return whenFalse;
        }

        if (IsNoValue(items[2]))
        {
            return whenTrue;
        }

        throw TemplateErrors.Template(
            "Different policy types within the same Fn::If statement is unsupported. Separate different policy types into different Fn::If statements",
            policy);
    }

    /// <summary>A one-key map whose key is <c>Ref</c>, <c>Condition</c> or starts with <c>Fn::</c>.</summary>
    private static bool IsIntrinsic(JToken value) =>
        value is JObject { Count: 1 } map
        && map.Properties().First().Name is var key
        && (key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal));

    /// <summary>Python's falsiness, which the reference uses to skip an empty <c>Policies</c>.</summary>
    private static bool IsEmpty(JToken value) => value.Type switch
    {
        JTokenType.Null or JTokenType.Undefined => true,
        JTokenType.Array or JTokenType.Object => !value.HasValues,
        JTokenType.String => ((string?)value)?.Length is null or 0,
        JTokenType.Boolean => !(bool)value,
        JTokenType.Integer => ((JValue)value).Value is long number ? number == 0 : ((JValue)value).Value is System.Numerics.BigInteger big && big.IsZero,
        JTokenType.Float => (double)value == 0,
        _ => false,
    };
}
