using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates;

namespace SamDeploy.Transform;

/// <summary>
/// Gives every diagnostic of a template read from text a position: one reported without a node is placed at what its
/// subject names (the resource, or the event of a function whose logical id it is), else at the document's start;
/// one placed in a copied subtree gets the document's file.
/// </summary>
internal static class DiagnosticPlacement
{
    public static IEnumerable<Diagnostic> Place(IEnumerable<Diagnostic> diagnostics, JObject template)
    {
        var document = SourceInfo.GetSpan(template);
        foreach (var diagnostic in diagnostics)
        {
            if (document is null)
            {
                yield return diagnostic;
            }
            else if (diagnostic.Span is null)
            {
                yield return diagnostic.WithSpan(SubjectSpan(diagnostic.SubjectId, template["Resources"] as JObject) ?? document);
            }
            else if (diagnostic.Span.File is null && document.File is not null)
            {
                // A node of a subtree the transform copied out of the template no longer reaches the file's root.
                yield return diagnostic.WithSpan(diagnostic.Span with { File = document.File });
            }
            else
            {
                yield return diagnostic;
            }
        }
    }

    /// <summary>Where the template defines the resource or event a diagnostic is about, if it does.</summary>
    /// <param name="subjectId">The logical id the diagnostic names.</param>
    /// <param name="resources">The template's resources.</param>
    /// <returns>The position of that resource or event, or null.</returns>
    internal static SourceSpan? SubjectSpan(string? subjectId, JObject? resources)
    {
        if (subjectId is null || resources is null)
        {
            return null;
        }

        if (resources[subjectId] is { } resource)
        {
            return SourceInfo.GetSpan(resource);
        }

        // An event's resources are named by its function's logical id followed by the event id.
        foreach (var function in resources.Properties())
        {
            if (subjectId.StartsWith(function.Name, StringComparison.Ordinal)
                && function.Value["Properties"]?["Events"] is JObject events
                && events[subjectId[function.Name.Length..]] is { } source)
            {
                return SourceInfo.GetSpan(source);
            }
        }

        return null;
    }
}
