using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;

namespace SamDeploy.Templates.Reading;

/// <summary>What reading a template gives: the tree, or the diagnostics that say why there is none.</summary>
public sealed class ReadResult
{
    internal ReadResult(JObject? template, ImmutableArray<Diagnostic> diagnostics, bool? mayNameReferences = null)
    {
        Template = template;
        Diagnostics = diagnostics;
        MayNameReferences = mayNameReferences;
    }

    /// <summary>The template tree, or <see langword="null"/> when the text could not be read.</summary>
    public JObject? Template { get; }

    /// <summary>Why the text could not be read; empty on success.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Whether a string of the tree as read may name a derived reference such as <c>MyFunction.Alias</c> (see
    /// <see cref="Resources.RecordedReferenceScan"/>), found while reading YAML; <see langword="null"/> when not known
    /// (JSON text). Only true to a tree nobody changed since: the transform of a tree it reads itself uses it.
    /// </summary>
    internal bool? MayNameReferences { get; }

    /// <summary>Whether a template was read.</summary>
    public bool Success => Template is not null;
}
