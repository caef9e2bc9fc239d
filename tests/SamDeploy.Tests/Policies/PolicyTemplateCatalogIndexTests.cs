using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function.Policies;
using Xunit;

namespace SamDeploy.Tests.Policies;

/// <summary>
/// The built-in catalogue reads one template at a time from its lines (<see cref="PolicyTemplateCatalogIndex"/>): every
/// template read that way equals the one the whole file parsed and checked at once gives.
/// </summary>
public class PolicyTemplateCatalogIndexTests
{
    [Fact]
    public void Every_template_read_from_its_lines_equals_the_file_read_whole()
    {
        var whole = PolicyTemplateCatalog.Parse(EmbeddedText());
        var lazy = PolicyTemplateCatalog.Default;

        lazy.Templates.Select(t => t.Name).Should().Equal(whole.Templates.Select(t => t.Name));
        whole.Templates.Length.Should().BeGreaterThan(70);
        foreach (var expected in whole.Templates)
        {
            lazy.TryGet(expected.Name, out var actual).Should().BeTrue();
            actual!.Parameters.Should().Equal(expected.Parameters, expected.Name);
            JToken.DeepEquals(actual.Statement, expected.Statement).Should().BeTrue("the statement of {0} reads the same", expected.Name);
        }
    }

    [Fact]
    public void Names_are_known_without_reading_any_template_and_a_template_is_read_once_asked_for()
    {
        var catalog = PolicyTemplateCatalog.Index(EmbeddedText());
        catalog.Contains("SQSPollerPolicy").Should().BeTrue();
        catalog.Contains("sqspollerpolicy").Should().BeFalse();
        catalog.TryGet("NoSuchPolicy", out _).Should().BeFalse();
        catalog.TemplatesRead.Should().Be(0);

        catalog.TryGet("SQSPollerPolicy", out var template).Should().BeTrue();
        template!.Name.Should().Be("SQSPollerPolicy");
        catalog.TryGet("SQSPollerPolicy", out var again).Should().BeTrue();
        again.Should().BeSameAs(template);
        catalog.TemplatesRead.Should().Be(1);
    }

    [Fact]
    public void Sections_cover_each_template_from_its_name_line_to_the_next()
    {
        const string text = "# c\nFormatVersion: 1\nTemplates:\n  A:\n    Parameters: []\n\n  B:\n    Parameters: []\n";
        PolicyTemplateCatalogIndex.Sections(text).Select(s => (s.Name, text.Substring(s.Start, s.Length)))
            .Should().Equal(("A", "  A:\n    Parameters: []\n\n"), ("B", "  B:\n    Parameters: []\n"));
    }

    [Theory]
    [InlineData("Templates:\n  A:\n")]
    [InlineData("FormatVersion: 2\nTemplates:\n  A:\n")]
    [InlineData("FormatVersion: 1\nTemplates:\n")]
    [InlineData("FormatVersion: 1\nTemplates:\n  A:\n  A:\n")]
    [InlineData("FormatVersion: 1\nTemplates:\n  A: {}\n")]
    [InlineData("FormatVersion: 1\nTemplates:\n  A:\nMore: 1\n")]
    public void A_file_without_the_layout_is_refused(string text) =>
        FluentActions.Invoking(() => PolicyTemplateCatalogIndex.Sections(text)).Should().Throw<InvalidDataException>();

    private static string EmbeddedText()
    {
        using var stream = typeof(PolicyTemplateCatalog).Assembly.GetManifestResourceStream("SamDeploy.PolicyTemplates.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
