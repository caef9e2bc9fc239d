using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>Python's truthiness, for the reference's <c>if not value</c> tests.</summary>
internal static class PythonTruth
{
    /// <summary>Whether Python would treat the value as false: missing, null, false, zero, empty text, list or map.</summary>
    public static bool IsFalsy(JToken? token) => token switch
    {
        null => true,
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => true,
        JValue { Type: JTokenType.String } s => ((string)s!).Length == 0,
        JValue { Type: JTokenType.Boolean } b => !(bool)b,
        JValue { Type: JTokenType.Integer } i => i.Value is System.Numerics.BigInteger big ? big.IsZero : (long)i == 0,
        JValue { Type: JTokenType.Float } f => (double)f == 0,
        JContainer c => c.Count == 0,
        _ => false,
    };
}
