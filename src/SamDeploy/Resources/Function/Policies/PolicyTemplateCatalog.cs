using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// The SAM policy templates (those of aws-sam-translator 1.110.0), read once from the embedded
/// <c>PolicyTemplates.yaml</c>. Immutable and safe to share between threads.
/// </summary>
internal sealed class PolicyTemplateCatalog
{
    private const string ResourceName = "SamDeploy.PolicyTemplates.yaml";

    private static readonly Lazy<PolicyTemplateCatalog> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, PolicyTemplate> _templates;

    private PolicyTemplateCatalog(ImmutableArray<PolicyTemplate> templates)
    {
        Templates = templates;
        _templates = templates.ToImmutableDictionary(template => template.Name, StringComparer.Ordinal);
    }

    /// <summary>The built-in catalogue.</summary>
    public static PolicyTemplateCatalog Default => LazyDefault.Value;

    /// <summary>Every template, in the catalogue file's order.</summary>
    public ImmutableArray<PolicyTemplate> Templates { get; }

    /// <summary>Whether a template has this name (ordinal, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether the template exists.</returns>
    public bool Contains(string name) => _templates.ContainsKey(name);

    /// <summary>Finds a template by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="template">The template, when found.</param>
    /// <returns>Whether the template exists.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyTemplate? template) =>
        _templates.TryGetValue(name, out template);

    /// <summary>Expands the named template with the given parameter values; see <see cref="PolicyTemplate.Expand"/>.</summary>
    /// <param name="templateName">The template's name.</param>
    /// <param name="parameterValues">The map of parameter values.</param>
    /// <returns>A new policy document <c>{"Statement": [...]}</c>.</returns>
    /// <exception cref="PolicyTemplateException">No such template, the values are not a map, or some are missing.</exception>
    public JObject Expand(string templateName, JToken? parameterValues)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (!_templates.TryGetValue(templateName, out var template))
        {
            throw new PolicyTemplateException(
                PolicyTemplateErrorKind.NotFound,
                templateName,
                "Template with name '" + templateName + "' is not found");
        }

        return template.Expand(parameterValues);
    }

    /// <summary>Reads a catalogue in the <c>PolicyTemplates.yaml</c> format.</summary>
    /// <param name="yaml">The catalogue text.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidDataException">The text does not follow the format.</exception>
    internal static PolicyTemplateCatalog Parse(string yaml)
    {
        var read = TemplateReader.Read(yaml, ResourceName);
        if (read.Template is not { } root)
        {
            throw new InvalidDataException("The policy-template catalogue cannot be read: " + read.Diagnostics[0].FullMessage);
        }

        return new PolicyTemplateCatalog(PolicyTemplateCatalogFormat.ReadTemplates(root));
    }

    private static PolicyTemplateCatalog LoadEmbedded()
    {
        using var stream = typeof(PolicyTemplateCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
