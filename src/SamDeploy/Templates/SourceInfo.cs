using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;

namespace SamDeploy.Templates;

/// <summary>Where the nodes of a template tree came from in the source text.</summary>
public static class SourceInfo
{
    /// <summary>The position of <paramref name="token"/> (or of its nearest ancestor that has one).</summary>
    /// <param name="token">A node of a tree read by <see cref="Reading.TemplateReader"/>.</param>
    /// <returns>The position, or <see langword="null"/> when the tree was not read from text.</returns>
    public static SourceSpan? GetSpan(JToken? token)
    {
        for (var current = token; current is not null; current = current.Parent)
        {
            var mark = current.Annotation<SourceMark>();
            if (mark is not null)
            {
                return new SourceSpan(current.Root.Annotation<SourceFile>()?.Path, mark.Line, mark.Column);
            }

            if (current is IJsonLineInfo info && info.HasLineInfo())
            {
                return new SourceSpan(current.Root.Annotation<SourceFile>()?.Path, info.LineNumber, info.LinePosition);
            }
        }

        return null;
    }

    internal static void Mark(JToken token, int line, int column) => token.AddAnnotation(new SourceMark(line, column));

    internal static void SetFile(JToken root, string? path)
    {
        root.RemoveAnnotations<SourceFile>();
        if (path is not null)
        {
            root.AddAnnotation(new SourceFile(path));
        }
    }

    /// <summary>
    /// The value a YAML map key had before it became a JSON property name, when that value was not a string
    /// (<c>0:</c> is the integer 0 to a YAML 1.1 loader); null for string keys.
    /// </summary>
    /// <param name="property">A property of a tree read by <see cref="Reading.TemplateReader"/>.</param>
    /// <returns>The key's typed value, or null.</returns>
    public static JValue? KeyValueOf(JProperty property) => property?.Annotation<TypedKey>()?.Value;

    /// <summary>A map key that a YAML 1.1 loader reads as a number, boolean or null.</summary>
    internal sealed record TypedKey(JValue Value);

    /// <summary>The 1-based line and column of a node.</summary>
    internal sealed record SourceMark(int Line, int Column);

    /// <summary>The file a tree was read from, kept on its root.</summary>
    internal sealed record SourceFile(string Path);
}
