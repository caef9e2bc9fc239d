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
        // Most resources are valid and set a few of the dozens of properties their table declares: checking the
        // properties present is enough to know there is no error. Only when there is one does the walk in table
        // order below find which error the reference reports first.
        if (SpecIndex.Of(specs) is { HasUniqueNames: true } index && AllValid(properties, index))
        {
            return;
        }

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
        var index = SpecIndex.Of(specs);

        // In the order the reference walks the properties: Python 2.7 order for an API's (a converted map), else document order.
        foreach (var property in Api.Python27.Py27.Properties(properties))
        {
            if (!index.ByName.ContainsKey(property.Name))
            {
                throw TemplateErrors.Resource(logicalId, $"property {property.Name} not defined for resource of type {resourceType}", property, property.Name);
            }
        }
    }

    /// <summary>Whether <see cref="Validate"/>'s walk in table order would find no error, judged from the properties present.</summary>
    private static bool AllValid(JObject properties, SpecIndex index)
    {
        var required = 0;
        foreach (var property in new Templates.PropertyWalk(properties))
        {
            if (!index.ByName.TryGetValue(property.Name, out var spec))
            {
                continue;
            }

            var value = property.Value;
            if (value.Type == JTokenType.Null)
            {
                if (spec.Required)
                {
                    return false;
                }

                continue;
            }

            if (spec.Required)
            {
                required++;
            }

            if (!(spec.SupportsIntrinsics && value is JObject { Count: 1 }) && !spec.IsValid(value))
            {
                return false;
            }
        }

        return required == index.Required;
    }

    /// <summary>A table of specs by name, made once per table (the tables are static).</summary>
    private sealed class SpecIndex
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<PropertySpec>, SpecIndex> Indexes = [];

        private SpecIndex(IReadOnlyList<PropertySpec> specs)
        {
            ByName = new Dictionary<string, PropertySpec>(specs.Count, StringComparer.Ordinal);
            HasUniqueNames = true;
            foreach (var spec in specs)
            {
                if (!ByName.TryAdd(spec.Name, spec))
                {
                    HasUniqueNames = false;
                }
                else if (spec.Required)
                {
                    Required++;
                }
            }
        }

        /// <summary>The first spec of each name.</summary>
        public Dictionary<string, PropertySpec> ByName { get; }

        /// <summary>Whether no name is declared twice (else only the walk in table order says what is checked).</summary>
        public bool HasUniqueNames { get; }

        /// <summary>How many of the specs are required.</summary>
        public int Required { get; }

        public static SpecIndex Of(IReadOnlyList<PropertySpec> specs) => Indexes.GetValue(specs, static table => new SpecIndex(table));
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
