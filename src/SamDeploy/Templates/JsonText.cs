using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates;

/// <summary>Reads a value as text only when it is a JSON string, so a map or list where text is expected never throws.</summary>
internal static class JsonText
{
    /// <summary>The string, or null when the value is absent or not a string.</summary>
    public static string? StringOf(JToken? value) => value is JValue { Type: JTokenType.String } text ? (string?)text : null;
}
