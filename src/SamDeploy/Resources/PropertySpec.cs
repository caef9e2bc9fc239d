using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources;

/// <summary>
/// One property a SAM resource accepts: its name, the check on its value and the wording of the reference's
/// error when the check fails (<c>Property 'X' should be a map.</c> or <c>Type of property 'X' is invalid.</c>).
/// </summary>
/// <param name="Name">The property name.</param>
/// <param name="IsValid">The value check.</param>
/// <param name="ExpectedType">How the error names the expected type, or null for the generic message.</param>
/// <param name="SupportsIntrinsics">Whether an intrinsic function is accepted without checking.</param>
internal sealed record PropertySpec(string Name, Func<JToken, bool> IsValid, string? ExpectedType, bool SupportsIntrinsics)
{
    /// <summary>Whether the property must be present (<c>Missing required property 'X'.</c>).</summary>
    public bool Required { get; init; }

    /// <summary>This spec, marked required.</summary>
    public PropertySpec AsRequired() => this with { Required = true };

    public static PropertySpec PassThrough(string name) => new(name, _ => true, null, false);

    public static PropertySpec Map(string name) => new(name, ValueChecks.IsMap, "a map", true);

    public static PropertySpec String(string name) => new(name, ValueChecks.IsString, "a string", true);

    /// <summary>A check whose failure gives the generic message.</summary>
    public static PropertySpec Generic(string name, Func<JToken, bool> isValid, bool supportsIntrinsics = true) => new(name, isValid, null, supportsIntrinsics);

    public static PropertySpec StringEnum(string name, params string[] values)
    {
        var quoted = values.Select(v => "'" + v + "'").ToList();
        var description = values.Length switch
        {
            1 => $"the string '{values[0]}'",
            2 => $"one of the strings: '{values[0]}' or '{values[1]}'",
            _ => "one of the strings: " + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return new(name, v => v is JValue { Type: JTokenType.String } s && values.Contains((string)s!, StringComparer.Ordinal), "a " + description, true);
    }

    /// <summary>Checks every declared property in table order; the first failure is the reference's error.</summary>
    public static void Validate(string logicalId, JObject properties, IReadOnlyList<PropertySpec> specs)
    {
        foreach (var spec in specs)
        {
            var value = properties[spec.Name];
            if (value is null || value.Type == JTokenType.Null)
            {
                if (spec.Required)
                {
                    throw TemplateErrors.Resource(logicalId, $"Missing required property '{spec.Name}'.", properties, spec.Name);
                }

                continue;
            }

            if (spec.SupportsIntrinsics && value is JObject { Count: 1 })
            {
                continue;
            }

            if (!spec.IsValid(value))
            {
                var message = spec.ExpectedType is null
                    ? $"Type of property '{spec.Name}' is invalid."
                    : $"Property '{spec.Name}' should be {spec.ExpectedType}.";
                throw TemplateErrors.Resource(logicalId, message, value, spec.Name);
            }
        }
    }

    /// <summary>The reference rejects a property it does not know with this error (first unknown, in input order).</summary>
    public static void RejectUnknown(string logicalId, string resourceType, JObject properties, IReadOnlyList<PropertySpec> specs)
    {
        // In the order the reference walks the properties: Python 2.7 order for an API's (a converted map), else document order.
        foreach (var property in Api.Python27.Py27.Properties(properties))
        {
            if (!Declares(specs, property.Name))
            {
                throw TemplateErrors.Resource(logicalId, $"property {property.Name} not defined for resource of type {resourceType}", property, property.Name);
            }
        }
    }

    /// <summary>Whether a spec has <paramref name="name"/> (a loop: a lambda here cost a closure per property of every resource).</summary>
    private static bool Declares(IReadOnlyList<PropertySpec> specs, string name)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (string.Equals(specs[i].Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The value checks of the reference's property validators, on JSON values.</summary>
internal static class ValueChecks
{
    public static bool IsMap(JToken value) => value is JObject;

    public static bool IsString(JToken value) => value is JValue { Type: JTokenType.String };

    public static bool IsBool(JToken value) => value is JValue { Type: JTokenType.Boolean };

    public static bool IsList(JToken value) => value is JArray;

    /// <summary>Python's <c>isinstance(value, int)</c>: integers and booleans.</summary>
    public static bool IsInt(JToken value) => value is JValue { Type: JTokenType.Integer or JTokenType.Boolean };

    public static bool IsStringOrMap(JToken value) => IsString(value) || IsMap(value);

    public static bool IsListOf(JToken value, Func<JToken, bool> item) => value is JArray list && list.All(item);

    public static bool IsMapOf(JToken value, Func<JToken, bool> item) => value is JObject map && map.PropertyValues().All(item);

    public static bool IsIntrinsic(JToken value) => Fn.IsIntrinsic(value);
}
