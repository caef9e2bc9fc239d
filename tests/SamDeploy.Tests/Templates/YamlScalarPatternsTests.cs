using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;
using SamDeploy.Resources.Function;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Templates.Reading;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>
/// The hand-written YAML 1.1 scalar patterns, the logical-id check and the alias-name check match exactly what the regular expressions they
/// replace matched (kept here as the oracle), over random texts built from the characters those expressions care about.
/// </summary>
public sealed class YamlScalarPatternsTests
{
    private static readonly Regex Null = new("^(?:~|null|Null|NULL|)$", RegexOptions.CultureInvariant);
    private static readonly Regex True = new("^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$", RegexOptions.CultureInvariant);
    private static readonly Regex False = new("^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$", RegexOptions.CultureInvariant);
    private static readonly Regex Int = new("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant);
    private static readonly Regex Alphanumeric = new("^[A-Za-z0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex AliasName = new(@"^(?!^[0-9]+$)([a-zA-Z0-9\-_]+)$", RegexOptions.CultureInvariant);

    // Pieces that make numbers and near-numbers: digits around the group limits, signs, radix prefixes, colons,
    // points, exponents, underscores, the words of the special values, and characters none of them allow.
    private static readonly Gen<string> Piece = Gen.OneOfConst(
        "0", "1", "5", "6", "7", "8", "9", "59", "60", "00", "_", "-", "+", ":", ".", "e", "E", "e+", "E-", "b", "x", "0b", "0x",
        "a", "f", "F", "g", "inf", "Inf", "INF", "nan", "NaN", "NAN", ".inf", ".nan", "~", "null", "Null", "NULL", "yes", "Yes",
        "YES", "true", "True", "TRUE", "on", "On", "ON", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        "\n", " ", "Z", "é", "١");

    private static readonly Gen<string> Texts = Piece.Array[0, 7].Select(pieces => string.Concat(pieces));

    [Fact]
    public void Every_pattern_matches_what_its_regular_expression_matched()
    {
        Texts.Sample(
            text =>
            {
                YamlScalarPatterns.IsNull(text).Should().Be(Null.IsMatch(text), "null, {0}", Show(text));
                YamlScalarPatterns.IsTrue(text).Should().Be(True.IsMatch(text), "true, {0}", Show(text));
                YamlScalarPatterns.IsFalse(text).Should().Be(False.IsMatch(text), "false, {0}", Show(text));
                YamlScalarPatterns.IsInt(text).Should().Be(Int.IsMatch(text), "int, {0}", Show(text));
                YamlScalarPatterns.IsFloat(text).Should().Be(Float.IsMatch(text), "float, {0}", Show(text));
                LogicalIdText.IsAlphanumeric(text).Should().Be(Alphanumeric.IsMatch(text), "logical id, {0}", Show(text));
                FunctionAliasBuilder.IsValidAliasName(text).Should().Be(AliasName.IsMatch(text), "alias name, {0}", Show(text));
            },
            iter: 200_000);
    }

    [Theory]
    [InlineData("1:30", true, false)]
    [InlineData("1:60", false, false)]
    [InlineData("190:20:30.15", false, true)]
    [InlineData("-1_000", true, false)]
    [InlineData("0o17", false, false)]
    [InlineData("017", true, false)]
    [InlineData("0x_1F", true, false)]
    [InlineData("0b", false, false)]
    [InlineData(".5", false, true)]
    [InlineData("-.5", false, false)]
    [InlineData("-.inf", false, true)]
    [InlineData("-.nan", false, false)]
    [InlineData("1.0e+5", false, true)]
    [InlineData("1.0e5", false, false)]
    [InlineData("12\n", true, false)]
    public void Known_cases(string text, bool isInt, bool isFloat)
    {
        YamlScalarPatterns.IsInt(text).Should().Be(isInt);
        YamlScalarPatterns.IsFloat(text).Should().Be(isFloat);
        Int.IsMatch(text).Should().Be(isInt);
        Float.IsMatch(text).Should().Be(isFloat);
    }

    private static string Show(string text) => "'" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "'";
}
