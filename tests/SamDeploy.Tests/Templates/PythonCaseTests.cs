using FluentAssertions;
using SamDeploy.Templates;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>Python 3's <c>str.upper()</c> and <c>str.lower()</c>, as CPython 3.11 answers them for these texts.</summary>
public class PythonCaseTests
{
    [Theory]
    [InlineData("get", "GET")]
    [InlineData("ß", "SS")]                          // one letter to two
    [InlineData("\uFB01x", "FIX")]                   // the fi ligature
    [InlineData("\u0149", "\u02BCN")]                // n preceded by apostrophe
    [InlineData("\u0131", "I")]                      // dotless i, which .NET's invariant mapping keeps
    [InlineData("\u0390", "\u0399\u0308\u0301")]     // one letter to three
    [InlineData("\u1FB3", "\u0391\u0399")]           // alpha with ypogegrammeni
    [InlineData("\u01C5", "\u01C4")]                 // a title-case digraph
    [InlineData("a\u0301\u03A3b", "A\u0301\u03A3B")]
    [InlineData("\uD800x", "\uD800X")]               // a lone surrogate stays as it is
    public void Upper_maps_as_python(string text, string expected) => PythonCase.Upper(text).Should().Be(expected);

    [Theory]
    [InlineData("GET", "get")]
    [InlineData("\u0130", "i\u0307")]                // capital I with dot above: two code points
    [InlineData("\u0391\u03A3", "\u03B1\u03C2")]     // a final sigma
    [InlineData("\u03A3\u0391", "\u03C3\u03B1")]     // not final: a cased letter follows
    [InlineData("\u03A3", "\u03C3")]                 // alone: nothing cased before it
    [InlineData("\u0391\u03A3'", "\u03B1\u03C2'")]   // an apostrophe after it is case-ignorable
    [InlineData("\u0391.\u03A3", "\u03B1.\u03C2")]   // so is a full stop before it
    [InlineData("\u0391\u03A3.\u0391", "\u03B1\u03C3.\u03B1")]
    [InlineData("\u24B6\u03A3", "\u24D0\u03C2")]     // a circled letter is cased
    [InlineData("\u02B0\u03A3", "\u02B0\u03C3")]     // a modifier letter is case-ignorable, so nothing cased precedes
    [InlineData("\u00DF", "\u00DF")]
    [InlineData("x\uDC00", "x\uDC00")]
    public void Lower_maps_as_python(string text, string expected) => PythonCase.Lower(text).Should().Be(expected);
}
