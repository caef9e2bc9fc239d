using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// A template's validated <c>Globals</c> section: for each resource type it names, the properties every resource of
/// that type inherits. Immutable: the trees it holds are private copies, and callers get copies of them.
/// </summary>
internal sealed class GlobalsSection
{
    /// <summary>The template key of the section.</summary>
    public const string Keyword = "Globals";

    private readonly ImmutableDictionary<string, JObject> _byResourceType;

    private GlobalsSection(ImmutableDictionary<string, JObject> byResourceType) => _byResourceType = byResourceType;

    /// <summary>A template without a Globals section.</summary>
    public static GlobalsSection Empty { get; } = new(ImmutableDictionary<string, JObject>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The resource types (<c>AWS::Serverless::Function</c>, ...) the section sets properties for.</summary>
    public IEnumerable<string> ResourceTypes => _byResourceType.Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads and validates a Globals section, reporting the first mistake the way the reference does.</summary>
    /// <param name="globals">The value of the template's <c>Globals</c> key.</param>
    /// <returns>The section.</returns>
    /// <exception cref="SamTemplateException">The section is not a map, names an unknown type, or sets a property that type does not support.</exception>
    public static GlobalsSection Parse(JToken? globals)
    {
        if (globals is not JObject sections)
        {
            throw TemplateErrors.Globals("It must be a non-empty dictionary", globals);
        }

        var byType = ImmutableDictionary.CreateBuilder<string, JObject>(StringComparer.Ordinal);
        foreach (var section in sections.Properties())
        {
            if (!SupportedGlobals.TryGetProperties(section.Name, out var supported))
            {
                throw TemplateErrors.Globals(
                    $"'{section.Name}' is not supported. Must be one of the following values - {SamDeploy.Templates.Intrinsics.PythonRepr.Format(new JArray(SupportedGlobals.SortedSectionNames))}",
                    section);
            }

            if (section.Value is not JObject properties)
            {
                // The reference's message really says "${section}": it is not an interpolated string there.
                throw TemplateErrors.Globals("Value of ${section} must be a dictionary", section.Value);
            }

            // In Python's order: Globals.Api of a template with a REST API is a Python 2.7 map, whose first unsupported
            // key in its own order is the one the reference names.
            foreach (var property in Py27.Properties(properties))
            {
                if (!supported.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw TemplateErrors.Globals(
                        $"'{property.Name}' is not a supported property of '{section.Name}'. Must be one of the following values - {SamDeploy.Templates.Intrinsics.PythonRepr.Format(new JArray(supported))}",
                        property);
                }
            }

            var copy = (JObject)properties.DeepClone();
            SharedGlobalMap.MarkAll(copy);
            byType[SupportedGlobals.ResourceTypePrefix + section.Name] = copy;
        }

        return new GlobalsSection(byType.ToImmutable());
    }

    /// <summary>The global properties for a resource type, as written in the section (a copy).</summary>
    /// <param name="resourceType">The resource type, for example <c>AWS::Serverless::Function</c>.</param>
    /// <returns>The properties, or <see langword="null"/> when the section has none for that type.</returns>
    public JObject? PropertiesFor(string resourceType) =>
        _byResourceType.TryGetValue(resourceType, out var properties) ? (JObject)properties.DeepClone() : null;

    /// <summary>
    /// Merges the global properties into one resource, in place, honouring its <c>IgnoreGlobals</c> attribute.
    /// Every resource of a type in <see cref="DocumentValidator.SamResourceTypes"/> comes out with a
    /// <c>Properties</c> entry (an empty map when it had none and no globals apply); other resources are left alone.
    /// </summary>
    /// <param name="logicalId">The resource's logical id.</param>
    /// <param name="resource">The resource definition (<c>Type</c>, <c>Properties</c>, attributes).</param>
    /// <exception cref="SamTemplateException">The resource's <c>IgnoreGlobals</c> attribute is invalid.</exception>
    public void ApplyTo(string logicalId, JObject resource)
    {
        ArgumentNullException.ThrowIfNull(logicalId);
        ArgumentNullException.ThrowIfNull(resource);
        if (resource["Type"] is not JValue { Type: JTokenType.String } typeValue
            || (string?)typeValue is not { } type
            || !DocumentValidator.SamResourceTypes.Contains(type))
        {
            return;
        }

        var local = resource.TryGetValue("Properties", StringComparison.Ordinal, out var written) ? written : null;
        if (!_byResourceType.TryGetValue(type, out var globals))
        {
            if (local is null)
            {
                resource["Properties"] = new JObject();
            }

            return;
        }

        // IgnoreGlobals removes keys, so it gets a copy (Python's deepcopy, as the reference's, which can reorder
        // Python 2.7 maps); without it the shared globals go straight to the merge, which never changes its inputs.
        var ignore = resource[IgnoreGlobals.AttributeName];
        var applicable = Truthiness.IsFalsy(ignore) ? globals : Py27.DeepCopy(globals);
        if (!ReferenceEquals(applicable, globals))
        {
            SharedGlobalMap.UnmarkAll(applicable);
        }

        applicable = IgnoreGlobals.Apply(applicable, logicalId, ignore);
        resource["Properties"] = GlobalsMerger.MergeInto(applicable, local ?? new JObject());
    }
}
