using System.Buffers;
using System.Globalization;
using System.Text;

namespace SamDeploy.Templates;

/// <summary>
/// Python 3's <c>str.upper()</c> and <c>str.lower()</c>, which the reference applies to HTTP methods, model names and
/// other template text before it writes them into definitions, ARNs and route keys. Python maps case by code point
/// with Unicode's full mappings: <c>ß</c> upper-cases to <c>SS</c> and <c>ﬁ</c> to <c>FI</c>, <c>İ</c> lower-cases
/// to <c>i̇</c>, <c>ı</c> upper-cases to <c>I</c>, and a capital sigma at the end of a word lower-cases to <c>ς</c>.
/// .NET's invariant mappings are simple ones (one UTF-16 unit to one) and would write another method name, and so
/// another deployment id; they also depend on the process (ICU's version, or .NET's own tables in globalization-invariant
/// mode, which leave <c>ſ</c> alone and know Unicode 16's new letters). So the one-to-one mappings come from a table of
/// Python 3.11's own (<c>PythonCase.SimpleMappings.cs</c>), and ASCII text, which maps the same everywhere, takes the
/// short path.
/// </summary>
internal static partial class PythonCase
{
    private const int CapitalSigma = 0x03A3;

    /// <summary><c>text.upper()</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its upper case, as Python gives it.</returns>
    public static string Upper(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToUpperInvariant();
        }

        var result = new StringBuilder(text.Length);
        foreach (var (rune, raw) in CodePoints(text))
        {
            if (rune is not { } r)
            {
                result.Append(raw);
            }
            else if (SpecialUpper.TryGetValue(r.Value, out var mapped))
            {
                result.Append(mapped);
            }
            else
            {
                AppendCodePoint(result, MapOneToOne(UpperRanges, r.Value));
            }
        }

        return result.ToString();
    }

    /// <summary><c>text.lower()</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its lower case, as Python gives it.</returns>
    public static string Lower(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var codePoints = CodePoints(text);
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < codePoints.Count; i++)
        {
            var (rune, raw) = codePoints[i];
            if (rune is not { } r)
            {
                result.Append(raw);
            }
            else if (r.Value == 0x0130)
            {
                // Capital I with dot above: a small i and a combining dot above.
                result.Append("i\u0307");
            }
            else if (r.Value == CapitalSigma)
            {
                result.Append(IsFinalSigma(codePoints, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                AppendCodePoint(result, MapOneToOne(LowerRanges, r.Value));
            }
        }

        return result.ToString();
    }

    /// <summary>What a one-to-one mapping (<see cref="UpperRanges"/> or <see cref="LowerRanges"/>) gives a code point: itself when it has none.</summary>
    internal static int MapOneToOne(ReadOnlySpan<int> ranges, int codePoint)
    {
        int low = 0, high = (ranges.Length / 4) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var run = ranges.Slice(middle * 4, 4);
            if (codePoint < run[0])
            {
                high = middle - 1;
            }
            else if (codePoint > run[1])
            {
                low = middle + 1;
            }
            else
            {
                return (codePoint - run[0]) % run[2] == 0 ? codePoint + run[3] : codePoint;
            }
        }

        return codePoint;
    }

    private static void AppendCodePoint(StringBuilder text, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            text.Append((char)codePoint);
        }
        else
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    /// <summary>
    /// The code points of a text as Python sees them: a lone surrogate (which .NET's rune enumeration would replace)
    /// is a code point of its own, with no case; it comes back as <c>Raw</c> with no rune.
    /// </summary>
    private static List<(Rune? Rune, char Raw)> CodePoints(string text)
    {
        var codePoints = new List<(Rune?, char)>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == OperationStatus.Done)
            {
                codePoints.Add((rune, '\0'));
                i += used;
            }
            else
            {
                codePoints.Add((null, text[i]));
                i++;
            }
        }

        return codePoints;
    }

    /// <summary>
    /// Unicode's Final_Sigma condition, as CPython tests it: a cased letter before the sigma (case-ignorable ones
    /// between them skipped), and no cased letter after it (the same skipping).
    /// </summary>
    private static bool IsFinalSigma(List<(Rune? Rune, char Raw)> codePoints, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(codePoints[before].Rune))
        {
            before--;
        }

        if (before < 0 || !IsCased(codePoints[before].Rune))
        {
            return false;
        }

        var after = at + 1;
        while (after < codePoints.Count && IsCaseIgnorable(codePoints[after].Rune))
        {
            after++;
        }

        return after == codePoints.Count || !IsCased(codePoints[after].Rune);
    }

    /// <summary>
    /// Unicode's Cased property for a character that is not case-ignorable: the cased letter categories, and the
    /// letters, numbers and symbols Other_Lowercase or Other_Uppercase adds (ª, º, Roman numerals, circled and squared
    /// Latin letters).
    /// </summary>
    private static bool IsCased(Rune? codePoint) =>
        codePoint is { } rune
        && (Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || rune.Value is 0x00AA or 0x00BA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189));

    /// <summary>Unicode's Case_Ignorable property: marks, format characters, modifiers, and the apostrophes and word-inner punctuation of Word_Break.</summary>
    private static bool IsCaseIgnorable(Rune? codePoint) =>
        codePoint is { } rune
        && (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || rune.Value is 0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024
            or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A);
}
