using System.Text;
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
    [InlineData("po\u017Ft", "POST")]                // long s, which .NET's invariant mode keeps
    [InlineData("\u0264\u019B\u1C89", "\u0264\u019B\u1C89")] // case pairs new in Unicode 16, which Python 3.11 does not know
    [InlineData("\uD801\uDC28", "\uD801\uDC00")]     // outside the basic plane (Deseret)
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
    [InlineData("\u01C5", "\u01C6")]                 // a title-case digraph
    [InlineData("\uA7CB\u1C89", "\uA7CB\u1C89")]     // Unicode 16's new capitals stay, as in Python 3.11
    [InlineData("\uD801\uDC00", "\uD801\uDC28")]
    public void Lower_maps_as_python(string text, string expected) => PythonCase.Lower(text).Should().Be(expected);

    [Fact]
    public void The_one_to_one_tables_are_sorted_runs_of_valid_code_points()
    {
        // Python 3.11 (Unicode 14.0) has 1,423 one-to-one upper-case mappings and 1,432 lower-case ones.
        foreach (var (ranges, expected) in new[] { (PythonCase.UpperRangesForTests, 1423), (PythonCase.LowerRangesForTests, 1432) })
        {
            ranges.Length.Should().Be(ranges.Length / 4 * 4);
            var previousLast = -1;
            var mapped = 0;
            for (var i = 0; i < ranges.Length; i += 4)
            {
                var (first, last, step, offset) = (ranges[i], ranges[i + 1], ranges[i + 2], ranges[i + 3]);
                first.Should().BeGreaterThan(previousLast, "runs are sorted and do not overlap");
                last.Should().BeGreaterThanOrEqualTo(first);
                step.Should().BeOneOf(1, 2);
                ((last - first) % step).Should().Be(0);
                offset.Should().NotBe(0);
                for (var codePoint = first; codePoint <= last; codePoint += step)
                {
                    var target = codePoint + offset;
                    Rune.IsValid(target).Should().BeTrue("U+{0:X4} maps to a scalar value", codePoint);
                    PythonCase.MapOneToOne(ranges, codePoint).Should().Be(target);
                    mapped++;
                }

                for (var codePoint = first + 1; codePoint < last; codePoint++)
                {
                    if ((codePoint - first) % step != 0)
                    {
                        PythonCase.MapOneToOne(ranges, codePoint).Should().Be(codePoint, "U+{0:X4} lies between a run's steps", codePoint);
                    }
                }

                previousLast = last;
            }

            mapped.Should().Be(expected);
        }
    }
}
