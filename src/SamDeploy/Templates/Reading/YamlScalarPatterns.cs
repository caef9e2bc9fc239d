namespace SamDeploy.Templates.Reading;

/// <summary>
/// The YAML 1.1 patterns of the reference's loader for null, booleans, integers and floats, matched by hand. They
/// were generated regular expressions, whose vectorised searches are generic code compiled at run time on every
/// start of the tool (README, Performance); the test project keeps those expressions and checks these matchers
/// against them. Like an anchored expression ending in <c>$</c>, each also matches its text followed by one
/// <c>\n</c>.
/// </summary>
internal static class YamlScalarPatterns
{
    /// <summary><c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or nothing.</summary>
    public static bool IsNull(string text) => Body(text) is "" or "~" or "null" or "Null" or "NULL";

    /// <summary><c>yes</c>, <c>true</c>, <c>on</c> in lower, capitalised or upper case.</summary>
    public static bool IsTrue(string text) => Body(text) is "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON";

    /// <summary><c>no</c>, <c>false</c>, <c>off</c> in lower, capitalised or upper case.</summary>
    public static bool IsFalse(string text) => Body(text) is "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF";

    /// <summary>
    /// An integer: <c>[-+]?0b[0-1_]+</c>, <c>[-+]?0[0-7_]+</c>, <c>[-+]?(0|[1-9][0-9_]*)</c>, <c>[-+]?0x[0-9a-fA-F_]+</c>
    /// or sexagesimal <c>[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+</c>.
    /// </summary>
    public static bool IsInt(string text)
    {
        var s = Unsigned(Body(text));
        if (s.Length == 0)
        {
            return false;
        }

        if (s[0] == '0')
        {
            if (s.Length == 1)
            {
                return true;
            }

            return s[1] switch
            {
                'b' => s.Length > 2 && AllDigits(s[2..], 2),
                'x' => s.Length > 2 && AllDigits(s[2..], 16),
                _ => AllDigits(s[1..], 8),
            };
        }

        if (s[0] is not (>= '1' and <= '9'))
        {
            return false;
        }

        var end = DigitsOrUnderscores(s, 1);
        return end == s.Length || (s[end] == ':' && SexagesimalGroups(s, end) == s.Length);
    }

    /// <summary>
    /// A float: <c>[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?</c>, <c>\.[0-9][0-9_]*([eE][-+][0-9]+)?</c>,
    /// sexagesimal <c>[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*</c>, <c>[-+]?\.(inf|Inf|INF)</c> or
    /// <c>\.(nan|NaN|NAN)</c>.
    /// </summary>
    public static bool IsFloat(string text)
    {
        var body = Body(text);
        if (body is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        var s = Unsigned(body);
        var signed = s.Length != body.Length;
        if (s is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        if (s.Length == 0)
        {
            return false;
        }

        if (s[0] == '.')
        {
            // No sign before a leading point.
            return !signed && s.Length > 1 && char.IsAsciiDigit(s[1]) && ExponentToEnd(s, DigitsOrUnderscores(s, 2));
        }

        if (!char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        var end = DigitsOrUnderscores(s, 1);
        if (end == s.Length)
        {
            return false;
        }

        if (s[end] == '.')
        {
            return ExponentToEnd(s, DigitsOrUnderscores(s, end + 1));
        }

        if (s[end] != ':')
        {
            return false;
        }

        var point = SexagesimalGroups(s, end);
        return point > 0 && point < s.Length && s[point] == '.' && DigitsOrUnderscores(s, point + 1) == s.Length;
    }

    /// <summary>The text without one final <c>\n</c> (where <c>$</c> also matches).</summary>
    private static ReadOnlySpan<char> Body(string text) => AnchoredText.Body(text);

    private static ReadOnlySpan<char> Unsigned(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is '-' or '+' ? s[1..] : s;

    /// <summary>Whether every character is a digit of <paramref name="radix"/> (2, 8 or 16) or an underscore.</summary>
    private static bool AllDigits(ReadOnlySpan<char> s, int radix)
    {
        foreach (var c in s)
        {
            var allowed = c == '_' || radix switch
            {
                2 => c is '0' or '1',
                8 => c is >= '0' and <= '7',
                _ => char.IsAsciiHexDigit(c),
            };
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the run of digits and underscores that starts at <paramref name="from"/> ends.</summary>
    private static int DigitsOrUnderscores(ReadOnlySpan<char> s, int from)
    {
        var i = from;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where one or more groups <c>:[0-5]?[0-9]</c> starting at <paramref name="from"/> (a colon) end; -1 when the
    /// first is not one. A group is followed by a colon, a point or the end: its digits decide its length.
    /// </summary>
    private static int SexagesimalGroups(ReadOnlySpan<char> s, int from)
    {
        var i = from;
        var groups = 0;
        while (i < s.Length && s[i] == ':')
        {
            var digits = 0;
            while (i + 1 + digits < s.Length && char.IsAsciiDigit(s[i + 1 + digits]))
            {
                digits++;
            }

            var valid = digits == 1 || (digits == 2 && s[i + 1] <= '5');
            if (!valid)
            {
                // This colon does not start a group; the groups before it end here.
                break;
            }

            i += 1 + digits;
            groups++;
        }

        return groups == 0 ? -1 : i;
    }

    /// <summary>Whether what starts at <paramref name="from"/> is nothing or an exponent <c>[eE][-+][0-9]+</c> to the end.</summary>
    private static bool ExponentToEnd(ReadOnlySpan<char> s, int from)
    {
        if (from == s.Length)
        {
            return true;
        }

        if (s[from] is not ('e' or 'E') || from + 2 >= s.Length || s[from + 1] is not ('-' or '+'))
        {
            return false;
        }

        for (var i = from + 2; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
