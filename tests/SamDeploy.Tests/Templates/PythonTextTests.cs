using FluentAssertions;
using SamDeploy.Templates;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>Python 3's <c>str.isalnum()</c>, as CPython answers it for these texts.</summary>
public class PythonTextTests
{
    [Theory]
    [InlineData("Prod", true)]
    [InlineData("Stäge", true)]
    [InlineData("½", true)]       // other number
    [InlineData("Ⅻ", true)]       // letter number
    [InlineData("v²", true)]
    [InlineData("v٣", true)]      // Arabic-Indic digit
    [InlineData("\U0001D7D8", true)] // mathematical double-struck digit zero, outside the BMP
    [InlineData("\U0001D400", true)] // mathematical bold capital A, outside the BMP
    [InlineData("", false)]
    [InlineData("v-1", false)]
    [InlineData("a b", false)]
    [InlineData("a_b", false)]
    [InlineData("\U0001F600", false)] // an emoji
    [InlineData("a\u0301", false)]   // a combining accent is a mark, not a letter
    public void Is_alnum_answers_as_python(string text, bool expected) => PythonText.IsAlnum(text).Should().Be(expected);

    [Fact]
    public void Alnum_only_keeps_whole_code_points_in_order() =>
        PythonText.AlnumOnly("/v1-½/\U0001D7D8_x\U0001F600").Should().Be("v1½\U0001D7D8x");
}
