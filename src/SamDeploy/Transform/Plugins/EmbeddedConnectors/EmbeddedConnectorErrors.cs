using SamDeploy.Diagnostics;

namespace SamDeploy.Transform.Plugins.EmbeddedConnectors;

/// <summary>The mistakes found in <c>Connectors</c> attributes, kept until the other errors are reported.</summary>
internal sealed class EmbeddedConnectorErrors
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>The mistakes so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Keeps the diagnostics of a mistake.</summary>
    /// <param name="error">The mistake.</param>
    public void Add(SamTemplateException error) => _diagnostics.AddRange(error.Diagnostics);
}
