using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// The SAM policy templates (those of aws-sam-translator 1.110.0). The built-in catalogue reads the embedded
/// <c>PolicyTemplates.yaml</c> one template at a time, when first asked for it (see
/// <see cref="PolicyTemplateCatalogIndex"/>); a catalogue given as text (<see cref="Parse"/>) is read and checked whole.
/// Safe to share between threads.
/// </summary>
internal sealed class PolicyTemplateCatalog
{
    private const string ResourceName = "SamDeploy.PolicyTemplates.yaml";

    private static readonly Lazy<PolicyTemplateCatalog> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _text;
    private readonly Dictionary<string, PolicyTemplateCatalogIndex.Section> _sections = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Dictionary<string, PolicyTemplate> _read = new(StringComparer.Ordinal);

    private PolicyTemplateCatalog(ImmutableArray<PolicyTemplate> templates)
    {
        foreach (var template in templates)
        {
            _names.Add(template.Name);
            _read[template.Name] = template;
        }
    }

    private PolicyTemplateCatalog(string text)
    {
        _text = text;
        foreach (var section in PolicyTemplateCatalogIndex.Sections(text))
        {
            _names.Add(section.Name);
            _sections[section.Name] = section;
        }
    }

    /// <summary>The built-in catalogue.</summary>
    public static PolicyTemplateCatalog Default => LazyDefault.Value;

    /// <summary>Every template, in the catalogue file's order (reads each one not read yet).</summary>
    public ImmutableArray<PolicyTemplate> Templates => [.. _names.Select(Get)];

    /// <summary>Whether a template has this name (ordinal, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether the template exists.</returns>
    public bool Contains(string name) => _text is null ? _read.ContainsKey(name) : _sections.ContainsKey(name);

    /// <summary>Finds a template by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="template">The template, when found.</param>
    /// <returns>Whether the template exists.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyTemplate? template)
    {
        template = Contains(name) ? Get(name) : null;
        return template is not null;
    }

    /// <summary>Expands the named template with the given parameter values; see <see cref="PolicyTemplate.Expand"/>.</summary>
    /// <param name="templateName">The template's name.</param>
    /// <param name="parameterValues">The map of parameter values.</param>
    /// <returns>A new policy document <c>{"Statement": [...]}</c>.</returns>
    /// <exception cref="PolicyTemplateException">No such template, the values are not a map, or some are missing.</exception>
    public JObject Expand(string templateName, JToken? parameterValues)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (!TryGet(templateName, out var template))
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

    /// <summary>A catalogue in the <c>PolicyTemplates.yaml</c> format whose templates are read on first use.</summary>
    /// <param name="yaml">The catalogue text.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidDataException">The text does not have the file's layout.</exception>
    internal static PolicyTemplateCatalog Index(string yaml) => new(yaml);

    /// <summary>How many templates have been read so far (all of a catalogue read whole).</summary>
    internal int TemplatesRead
    {
        get
        {
            lock (_read)
            {
                return _read.Count;
            }
        }
    }

    private static PolicyTemplateCatalog LoadEmbedded()
    {
        using var stream = typeof(PolicyTemplateCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream);
        return Index(reader.ReadToEnd());
    }

    /// <summary>A template of this catalogue, read from its lines if not read yet (under a lock: the catalogue is shared).</summary>
    private PolicyTemplate Get(string name)
    {
        lock (_read)
        {
            if (!_read.TryGetValue(name, out var template))
            {
                template = ReadSection(name);
                _read[name] = template;
            }

            return template;
        }
    }

    private PolicyTemplate ReadSection(string name)
    {
        var lines = _sections[name];
        var section = Parse(PolicyTemplateCatalogIndex.SectionHeader + _text!.Substring(lines.Start, lines.Length));
        return section._names is [var only] && only == name
            ? section._read[name]
            : throw new InvalidDataException("The policy-template catalogue is invalid: the lines of " + name + " do not read as that one template.");
    }
}
