using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// Gives a plain (unquoted, untagged) YAML scalar the type the reference transform's YAML 1.1 loader gives it:
/// null, boolean (true/yes/on ...), integer (decimal, 0x, 0o-style octal, 0b, sexagesimal), float, or string.
/// Timestamps such as <c>2010-09-09</c> stay strings, as CloudFormation reads them.
/// </summary>
internal static partial class YamlScalarResolver
{
    /// <summary>Python's limit on the digits of an integer it converts from text (<c>sys.int_info.default_max_str_digits</c>).</summary>
    private const int MaxIntegerDigits = 4300;

    [GeneratedRegex("^(?:~|null|Null|NULL|)$", RegexOptions.CultureInvariant)]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$", RegexOptions.CultureInvariant)]
    private static partial Regex TruePattern();

    [GeneratedRegex("^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$", RegexOptions.CultureInvariant)]
    private static partial Regex FalsePattern();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    /// <summary>Resolves a plain scalar.</summary>
    public static JValue ResolvePlain(string text)
    {
        if (text.Length == 0 || NullPattern().IsMatch(text))
        {
            return JValue.CreateNull();
        }

        var first = text[0];
        if ((first is 'y' or 'Y' or 't' or 'T' or 'o' or 'O') && TruePattern().IsMatch(text))
        {
            return new JValue(true);
        }

        if ((first is 'n' or 'N' or 'f' or 'F' or 'o' or 'O') && FalsePattern().IsMatch(text))
        {
            return new JValue(false);
        }

        if (first is '-' or '+' or '.' || char.IsAsciiDigit(first))
        {
            if (IntPattern().IsMatch(text) && TryParseInt(text, out var integer))
            {
                return integer;
            }

            if (FloatPattern().IsMatch(text))
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
        "tag:yaml.org,2002:bool" => new JValue(TruePattern().IsMatch(text)),
        "tag:yaml.org,2002:int" => IntPattern().IsMatch(text) && TryParseInt(text, out var integer) ? integer : null,
        "tag:yaml.org,2002:float" => FloatPattern().IsMatch(text) || IntPattern().IsMatch(text) ? TryParseFloat(text) : null,
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
                result = (result * 60) + BigInteger.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }
        else
        {
            result = BigInteger.Parse(clean, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        result *= sign;
        value = result >= long.MinValue && result <= long.MaxValue ? new JValue((long)result) : new JValue(result);
        return true;
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
