using SamDeploy.Diagnostics;
using SamDeploy.Templates.Reading;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>Text that cannot be read gives one diagnostic with its position, never an exception.</summary>
public sealed class ReadDiagnosticsTests
{
    /// <summary>Each kind of unreadable text, with the diagnostic id and the line it must name.</summary>
    [Theory]
    [InlineData("A: 1\nB: [1, 2\nC: 3\n", "SAM0001", 2)]
    [InlineData("A: 1\n  B: 2\n", "SAM0001", 2)]
    [InlineData("A: \"unterminated\n", "SAM0001", 1)]
    [InlineData("{\"A\": 1,\n \"B\": [1 }\n", "SAM0001", 2)]
    [InlineData("A: 1\nB: 2\nA: 3\n", "SAM0003", 3)]
    [InlineData("{\"A\": 1,\n \"A\": 2}\n", "SAM0003", 2)]
    [InlineData("", "SAM0002", 1)]
    [InlineData("# only a comment\n", "SAM0002", 1)]
    [InlineData("- a\n- b\n", "SAM0002", 1)]
    [InlineData("just text\n", "SAM0002", 1)]
    [InlineData("A: *nowhere\n", "SAM0001", 1)]
    public void Unreadable_text_gives_a_positioned_diagnostic(string text, string id, int line)
    {
        var result = TemplateReader.Read(text, "bad.yaml");
        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.NotNull(diagnostic.Span);
        Assert.Equal("bad.yaml", diagnostic.Span!.File);
        Assert.Equal(line, diagnostic.Span.Line);
        Assert.True(diagnostic.Span.Column >= 1);
    }
}
