using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// Gives a plain (unquoted, untagged) YAML scalar the type the reference transform's YAML 1.1 loader gives it:
/// null, boolean (true/yes/on ...), integer (decimal, 0x, 0o-style octal, 0b, sexagesimal), float, or string.
/// Timestamps such as <c>2010-09-09</c> stay strings, as CloudFormation reads them.
/// </summary>
internal static class YamlScalarResolver
{
    /// <summary>Python's limit on the digits of an integer it converts from text (<c>sys.int_info.default_max_str_digits</c>).</summary>
    private const int MaxIntegerDigits = 4300;

    /// <summary>Resolves a plain scalar.</summary>
    public static JValue ResolvePlain(string text)
    {
        if (text.Length == 0 || YamlScalarPatterns.IsNull(text))
        {
            return JValue.CreateNull();
        }

        var first = text[0];
        if ((first is 'y' or 'Y' or 't' or 'T' or 'o' or 'O') && YamlScalarPatterns.IsTrue(text))
        {
            return new JValue(true);
        }

        if ((first is 'n' or 'N' or 'f' or 'F' or 'o' or 'O') && YamlScalarPatterns.IsFalse(text))
        {
            return new JValue(false);
        }

        if (first is '-' or '+' or '.' || char.IsAsciiDigit(first))
        {
            if (YamlScalarPatterns.IsInt(text) && TryParseInt(text, out var integer))
            {
                return integer;
            }

            if (YamlScalarPatterns.IsFloat(text))
            {
                return ParseFloat(text);
            }
        }

        return new JValue(text);
    }

    /// <summary>
    /// Resolves a scalar carrying one of YAML's standard <c>!!</c> tags; null when the text cannot have that type
    /// (<c>!!int abc</c>), which the reference's loader rejects as well.
    /// </summary>
    public static JValue? ResolveStandardTag(string tag, string text) => tag switch
    {
        "tag:yaml.org,2002:str" => new JValue(text),
        "tag:yaml.org,2002:null" => JValue.CreateNull(),
        "tag:yaml.org,2002:bool" => new JValue(YamlScalarPatterns.IsTrue(text)),
        "tag:yaml.org,2002:int" => YamlScalarPatterns.IsInt(text) && TryParseInt(text, out var integer) ? integer : null,
        "tag:yaml.org,2002:float" => YamlScalarPatterns.IsFloat(text) || YamlScalarPatterns.IsInt(text) ? TryParseFloat(text) : null,
        _ => new JValue(text),
    };

    /// <summary>Python's <c>float()</c> of the text: decimal only, so <c>0x1F</c> is not a float.</summary>
    private static JValue? TryParseFloat(string text)
    {
        try
        {
            return ParseFloat(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool TryParseInt(string text, out JValue value)
    {
        // The patterns let one final line break through (as the reference's do), and Python's int() ignores it.
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        var clean = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (clean.Length > MaxIntegerDigits)
        {
            // Python refuses to convert integers this long, and the conversion would take quadratic time.
            value = JValue.CreateNull();
            return false;
        }

        var sign = BigInteger.One;
        if (clean.StartsWith('-'))
        {
            sign = BigInteger.MinusOne;
            clean = clean[1..];
        }
        else if (clean.StartsWith('+'))
        {
            clean = clean[1..];
        }

        BigInteger result;
        if (clean == "0")
        {
            result = BigInteger.Zero;
        }
        else if (clean.StartsWith("0b", StringComparison.Ordinal))
        {
            result = ParseRadix(clean[2..], 2);
        }
        else if (clean.StartsWith("0x", StringComparison.Ordinal))
        {
            result = ParseRadix(clean[2..], 16);
        }
        else if (clean.StartsWith('0'))
        {
            result = ParseRadix(clean[1..], 8);
        }
        else if (clean.Contains(':', StringComparison.Ordinal))
        {
            result = BigInteger.Zero;
            foreach (var part in clean.Split(':'))
            {
                result = (result * 60) + ParseDecimal(part);
            }
        }
        else
        {
            result = ParseDecimal(clean);
        }

        result *= sign;
        value = result >= long.MinValue && result <= long.MaxValue ? new JValue((long)result) : new JValue(result);
        return true;
    }

    /// <summary>
    /// Decimal digits as a number. Up to 18 digits are added up here: <see cref="BigInteger.Parse(string, NumberStyles, IFormatProvider)"/>
    /// is generic code compiled at run time on every start, for what is nearly always a short number.
    /// </summary>
    private static BigInteger ParseDecimal(string digits)
    {
        if (digits.Length is > 0 and <= 18)
        {
            long value = 0;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static BigInteger ParseRadix(string digits, int radix)
    {
        var result = BigInteger.Zero;
        foreach (var c in digits)
        {
            result = (result * radix) + Convert.ToInt32(c.ToString(), 16);
        }

        return result;
    }

    private static JValue ParseFloat(string text)
    {
        var clean = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var lower = clean.ToLowerInvariant();
        if (lower.EndsWith(".inf", StringComparison.Ordinal))
        {
            return new JValue(lower.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
        }

        if (lower == ".nan")
        {
            return new JValue(double.NaN);
        }

        if (clean.Contains(':', StringComparison.Ordinal))
        {
            var sign = clean.StartsWith('-') ? -1.0 : 1.0;
            var parts = clean.TrimStart('-', '+').Split(':');
            var total = 0.0;
            foreach (var part in parts)
            {
                total = (total * 60) + double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            return new JValue(sign * total);
        }

        return new JValue(double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
