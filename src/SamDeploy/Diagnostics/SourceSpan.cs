using System.Globalization;

namespace SamDeploy.Diagnostics;

/// <summary>A position in a template's source text (1-based line and column).</summary>
/// <param name="File">The file the template came from, or <see langword="null"/> for in-memory text.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceSpan(string? File, int Line, int Column)
{
    /// <summary>Formats the span as <c>FILE(LINE,COL)</c>, the form IDEs and MSBuild understand.</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File ?? "<template>"}({Line},{Column})");
}
