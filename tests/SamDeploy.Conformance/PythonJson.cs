using Newtonsoft.Json.Linq;

namespace SamDeploy.Conformance;

/// <summary>
/// The text Python's <c>json.dumps(value, sort_keys=True)</c> gives (separators <c>", "</c> and <c>": "</c>), which the
/// harness sorts lists of objects by; the library's canonical writer produces it with those separators.
/// </summary>
internal static class PythonJson
{
    /// <summary>Returns <c>json.dumps(token, sort_keys=True)</c>.</summary>
    public static string Dumps(JToken token) => Templates.LogicalIds.PythonJson.Dumps(token, ", ", ": ");

    /// <summary>Python's <c>repr(float)</c>.</summary>
    public static string FloatRepr(double value) => Templates.LogicalIds.PythonJson.FormatFloat(value);
}
