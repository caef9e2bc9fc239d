using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Conformance;

/// <summary>
/// Python's <c>==</c> and <c>&lt;</c> on values parsed from JSON, as the reference harness sees them:
/// <c>bool</c>, <c>int</c> and <c>float</c> compare as numbers (<c>True == 1 == 1.0</c>), strings by code point,
/// lists lexicographically; ordering a dict, <c>None</c> or two unrelated types is a <c>TypeError</c>.
/// </summary>
internal static class PythonValues
{
    /// <summary>The Python type name of a value (<c>dict</c>, <c>list</c>, <c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c>, <c>NoneType</c>).</summary>
    public static string TypeName(JToken token) => token.Type switch
    {
        JTokenType.Object => "dict",
        JTokenType.Array => "list",
        JTokenType.Integer => "int",
        JTokenType.Float => "float",
        JTokenType.Boolean => "bool",
        JTokenType.Null or JTokenType.Undefined => "NoneType",
        _ => "str",
    };

    /// <summary>The text of a string-like value.</summary>
    public static string Text(JValue value) => value.Value switch
    {
        null => string.Empty,
        string s => s,
        DateTime d => d.ToString("o", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("o", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    /// <summary>Python's <c>a == b</c>.</summary>
    public static bool Equal(JToken a, JToken b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            return CompareNumbers((JValue)a, (JValue)b) == 0;
        }

        var type = TypeName(a);
        if (!string.Equals(type, TypeName(b), StringComparison.Ordinal))
        {
            return false;
        }

        switch (a)
        {
            case JObject map:
                var other = (JObject)b;
                if (map.Count != other.Count)
                {
                    return false;
                }

                foreach (var property in map.Properties())
                {
                    if (!other.TryGetValue(property.Name, StringComparison.Ordinal, out var value) || !Equal(property.Value, value))
                    {
                        return false;
                    }
                }

                return true;
            case JArray list:
                var otherList = (JArray)b;
                if (list.Count != otherList.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (!Equal(list[i], otherList[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return type == "NoneType" || string.Equals(Text((JValue)a), Text((JValue)b), StringComparison.Ordinal);
        }
    }

    /// <summary>Python's three-way comparison <c>(a &gt; b) - (a &lt; b)</c>, or <see langword="null"/> where Python raises <c>TypeError</c>.</summary>
    public static int? TryCompare(JToken a, JToken b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            // NaN is neither greater nor less than anything: the three-way result is 0.
            return CompareNumbers((JValue)a, (JValue)b) ?? 0;
        }

        var type = TypeName(a);
        if (!string.Equals(type, TypeName(b), StringComparison.Ordinal))
        {
            return null;
        }

        switch (type)
        {
            case "str":
                return Math.Sign(SamDeploy.Templates.LogicalIds.PythonJson.CodePointComparer.Instance.Compare(Text((JValue)a), Text((JValue)b)));
            case "list":
                var x = (JArray)a;
                var y = (JArray)b;
                for (var i = 0; i < x.Count && i < y.Count; i++)
                {
                    if (!Equal(x[i], y[i]))
                    {
                        return TryCompare(x[i], y[i]);
                    }
                }

                return x.Count.CompareTo(y.Count) switch { 0 => 0, < 0 => -1, _ => 1 };
            default:
                // dict < dict and None < None raise TypeError in Python 3.
                return null;
        }
    }

    private static bool IsNumber(JToken token) => token.Type is JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;

    /// <summary>Compares two numbers; <see langword="null"/> when one is NaN (unordered and unequal).</summary>
    private static int? CompareNumbers(JValue a, JValue b)
    {
        if (a.Type != JTokenType.Float && b.Type != JTokenType.Float)
        {
            return Integer(a).CompareTo(Integer(b)) switch { 0 => 0, < 0 => -1, _ => 1 };
        }

        var x = Real(a);
        var y = Real(b);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return null;
        }

        return x.CompareTo(y) switch { 0 => 0, < 0 => -1, _ => 1 };
    }

    private static BigInteger Integer(JValue value) => value.Value switch
    {
        bool b => b ? BigInteger.One : BigInteger.Zero,
        BigInteger big => big,
        var other => new BigInteger(Convert.ToInt64(other, CultureInfo.InvariantCulture)),
    };

    private static double Real(JValue value) => value.Value switch
    {
        bool b => b ? 1.0 : 0.0,
        BigInteger big => (double)big,
        var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
    };
}
