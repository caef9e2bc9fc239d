using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using SamDeploy.Resources.Api.Swagger;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>The version checks written out in <see cref="OpenApiVersionText"/> agree with the reference's expressions run by .NET.</summary>
public class OpenApiVersionTextTests
{
    private static readonly Regex Version3 = new(@"\A3(\.\d)(\.\d)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Supported = new(@"\A[2-3](\.\d)(\.\d)?$", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("3.0", true, true)]
    [InlineData("3.0.1", true, true)]
    [InlineData("2.0", false, true)]
    [InlineData("3.0\n", true, true)]
    [InlineData("3.0\n\n", false, false)]
    [InlineData("3.0.10", false, false)]
    [InlineData("3", false, false)]
    [InlineData("3.٣", true, true)]
    [InlineData("4.0", false, false)]
    [InlineData("", false, false)]
    public void Versions_are_recognised_as_the_reference_recognises_them(string text, bool isVersion3, bool isSupported)
    {
        OpenApiVersionText.IsVersion3(text).Should().Be(isVersion3);
        OpenApiVersionText.IsSupported(text).Should().Be(isSupported);
    }

    [Fact]
    public void Random_texts_are_recognised_as_the_expressions_recognise_them()
    {
        const string alphabet = "0123.\n\r٣x ９²";
        var random = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(0, 8); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var value = text.ToString();
            OpenApiVersionText.IsVersion3(value).Should().Be(Version3.IsMatch(value), "'{0}' as version 3", value);
            OpenApiVersionText.IsSupported(value).Should().Be(Supported.IsMatch(value), "'{0}' as supported", value);
        }
    }
}
