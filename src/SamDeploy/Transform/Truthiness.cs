using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>The reference transform tests many values with Python's truthiness; this is that test for JSON values.</summary>
internal static class Truthiness
{
    /// <summary>Whether Python would treat the value as false: null, false, 0, an empty string, map or list.</summary>
    /// <param name="token">The value; <see langword="null"/> is absent.</param>
    /// <returns>Whether it is falsy.</returns>
    public static bool IsFalsy(JToken? token) => token switch
    {
        null => true,
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => true,
        JValue { Type: JTokenType.String } s => ((string)s!).Length == 0,
        JValue { Type: JTokenType.Boolean } b => !(bool)b,
        JValue { Type: JTokenType.Integer } i => i.Value switch
        {
            System.Numerics.BigInteger big => big.IsZero,
            ulong unsigned => unsigned == 0,
            _ => (long)i == 0,
        },
        JValue { Type: JTokenType.Float } f => (double)f == 0,
        JContainer c => c.Count == 0,
        _ => false,
    };

    /// <summary>Whether Python would treat the value as true.</summary>
    /// <param name="token">The value.</param>
    /// <returns>Whether it is truthy.</returns>
    public static bool IsTruthy(JToken? token) => !IsFalsy(token);
}
