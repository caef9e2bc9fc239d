using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>Builds and recognises CloudFormation intrinsic functions in their long (JSON) form.</summary>
internal static class Fn
{
    /// <summary><c>{"Ref": name}</c>.</summary>
    /// <param name="name">A logical id or parameter name.</param>
    /// <returns>The intrinsic.</returns>
    public static JObject Ref(string name) => new() { ["Ref"] = name };

    /// <summary><c>{"Fn::GetAtt": [logicalId, attribute]}</c>.</summary>
    /// <param name="logicalId">The resource.</param>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The intrinsic.</returns>
    public static JObject GetAtt(string logicalId, string attribute) => new() { ["Fn::GetAtt"] = new JArray(logicalId, attribute) };

    /// <summary><c>{"Fn::Sub": text}</c> or <c>{"Fn::Sub": [text, variables]}</c>.</summary>
    /// <param name="text">The template string.</param>
    /// <param name="variables">The variables map, if any.</param>
    /// <returns>The intrinsic.</returns>
    public static JObject Sub(string text, JObject? variables = null) =>
        new() { ["Fn::Sub"] = variables is null ? text : new JArray(text, variables) };

    /// <summary><c>{"Fn::If": [condition, then, else]}</c>.</summary>
    /// <param name="condition">The condition name.</param>
    /// <param name="then">The value when true.</param>
    /// <param name="otherwise">The value when false.</param>
    /// <returns>The intrinsic.</returns>
    public static JObject If(string condition, JToken then, JToken otherwise) =>
        new() { ["Fn::If"] = new JArray(condition, then, otherwise) };

    /// <summary><c>{"Fn::Not": [{"Condition": name}]}</c>.</summary>
    /// <param name="condition">The condition name.</param>
    /// <returns>The intrinsic.</returns>
    public static JObject NotCondition(string condition) =>
        new() { ["Fn::Not"] = new JArray(new JObject { ["Condition"] = condition }) };

    /// <summary><c>{"Ref": "AWS::NoValue"}</c>.</summary>
    /// <returns>The intrinsic.</returns>
    public static JObject NoValue() => Ref("AWS::NoValue");

    /// <summary>Whether a value is an intrinsic: a map with one key, <c>Ref</c>, <c>Condition</c> or <c>Fn::...</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is an intrinsic function.</returns>
    public static bool IsIntrinsic(JToken? value) =>
        value is JObject { Count: 1 } map && map.Properties().First().Name is var key
        && (key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal));

    /// <summary>The name of an intrinsic (<c>Ref</c>, <c>Fn::If</c>, ...), or null when the value is not one.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The function's name.</returns>
    public static string? NameOf(JToken? value) => IsIntrinsic(value) ? ((JObject)value!).Properties().First().Name : null;

    /// <summary>Whether a value is <c>{"Fn::If": ...}</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is an Fn::If.</returns>
    public static bool IsIf(JToken? value) => value is JObject { Count: 1 } map && map.ContainsKey("Fn::If");

    /// <summary>Whether a value is <c>{"Ref": "AWS::NoValue"}</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is AWS::NoValue.</returns>
    public static bool IsNoValue(JToken? value) =>
        value is JObject { Count: 1 } map && map["Ref"] is JValue { Type: JTokenType.String } name && (string?)name == "AWS::NoValue";

    /// <summary>The three items of an Fn::If, or an error message when they are not three.</summary>
    /// <param name="value">The <c>{"Fn::If": ...}</c> value.</param>
    /// <param name="items">The list of items.</param>
    /// <returns>Null when valid, else <c>Fn::If requires 3 arguments</c>.</returns>
    public static string? ValidateIfItems(JToken? value, out JArray items)
    {
        items = (value as JObject)?["Fn::If"] as JArray ?? [];
        return (value as JObject)?["Fn::If"] is JArray { Count: 3 } ? null : "Fn::If requires 3 arguments";
    }

    /// <summary>The logical id a <c>Ref</c> or <c>Fn::GetAtt</c> points at, or null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The logical id.</returns>
    public static string? LogicalIdOf(JToken? value)
    {
        if (value is not JObject { Count: 1 } map)
        {
            return null;
        }

        if (map["Ref"] is JValue { Type: JTokenType.String } reference)
        {
            return (string?)reference;
        }

        return map["Fn::GetAtt"] switch
        {
            JArray { Count: > 0 } list when list[0].Type == JTokenType.String => (string?)list[0],
            JValue { Type: JTokenType.String } dotted => ((string)dotted!).Split('.')[0],
            _ => null,
        };
    }
}
