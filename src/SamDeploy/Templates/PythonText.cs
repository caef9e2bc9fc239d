using System.Globalization;
using System.Text;

namespace SamDeploy.Templates;

/// <summary>
/// Python 3's <c>str.isalnum()</c>, which the reference uses to decide whether a name (a stage, an event's suffix, a
/// base path) goes into a logical id as it is. Python looks at code points and takes in every letter and every
/// number: besides what <see cref="char.IsLetterOrDigit(char)"/> accepts, letter numbers such as <c>Ⅻ</c>, other
/// numbers such as <c>½</c> and <c>²</c>, and letters and digits outside the Basic Multilingual Plane.
/// </summary>
internal static class PythonText
{
    /// <summary><c>text.isalnum()</c>: not empty, and every code point a letter or a number.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether Python calls it alphanumeric.</returns>
    public static bool IsAlnum(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsAlnum(rune))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>"".join(c for c in text if c.isalnum())</c>: the letters and numbers of a text, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its alphanumeric code points.</returns>
    public static string AlnumOnly(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsAlnum(rune))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }

    // Python's isalpha is the letter categories; its isdecimal, isdigit and isnumeric together are the number ones.
    private static bool IsAlnum(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
