using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>Renders values the way the reference's Python <c>str()</c> does, where its messages or checks depend on it.</summary>
internal static class PythonText
{
    /// <summary>A list of strings as Python prints it: <c>['A', 'B']</c>.</summary>
    public static string List(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(i => "'" + i + "'")) + "]";

    /// <summary>A scalar as Python's <c>str()</c> prints it (<c>3.0</c>, <c>True</c>, <c>None</c>); containers as compact JSON.</summary>
    public static string Str(JToken? token) => token switch
    {
        null => "None",
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => "None",
        JValue { Type: JTokenType.String } s => (string)s!,
        JValue { Type: JTokenType.Boolean } b => (bool)b ? "True" : "False",
        JValue { Type: JTokenType.Float } f => Float(Convert.ToDouble(f.Value, CultureInfo.InvariantCulture)),
        JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => token.ToString(Formatting.None),
    };

    private static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            return text.ToLowerInvariant();
        }

        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }
}
