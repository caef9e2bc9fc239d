using System.Collections.Immutable;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>One <c>samdeploy transform</c> run, checked and ready: which templates, where each result goes, and the transform options.</summary>
/// <param name="Templates">The template files, in command-line order.</param>
/// <param name="Destinations">For each template, the file its CloudFormation goes to, or <see langword="null"/> for standard output.</param>
/// <param name="Format">The output format.</param>
/// <param name="Options">The transform options.</param>
internal sealed record TransformRequest(
    ImmutableArray<string> Templates,
    ImmutableArray<string?> Destinations,
    TemplateFormat Format,
    TransformOptions Options);
