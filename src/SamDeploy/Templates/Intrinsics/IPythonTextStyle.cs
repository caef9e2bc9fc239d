using System.Text;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Intrinsics;

/// <summary>
/// What differs between the Python texts of a value that <see cref="PythonRepr.Write"/> prints: the order of a map's
/// keys, how a key or a string is quoted, and whether a large integer is a Python 2.7 <c>long</c> (printed with an
/// <c>L</c>). Containers, other numbers, booleans and None print the same in all of them.
/// </summary>
internal interface IPythonTextStyle
{
    /// <summary>The keys of <paramref name="map"/> in the order Python iterates them (a list, so that printing a map walks it by index, with no enumerator object per map).</summary>
    IReadOnlyList<string> Keys(JObject map);

    /// <summary>Writes <paramref name="key"/> of <paramref name="map"/>.</summary>
    void WriteKey(StringBuilder builder, JObject map, string key);

    /// <summary>Writes <paramref name="text"/>, the text of the scalar <paramref name="value"/>.</summary>
    void WriteString(StringBuilder builder, string text, JValue value);

    /// <summary>Writes the integer <paramref name="value"/>.</summary>
    void WriteInteger(StringBuilder builder, JValue value) =>
        builder.Append(Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture));
}
