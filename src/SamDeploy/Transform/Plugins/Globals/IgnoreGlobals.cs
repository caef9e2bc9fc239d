using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// The <c>IgnoreGlobals</c> resource attribute: <c>"*"</c> drops every global property for that resource, a list of
/// names drops those; a missing or empty value drops nothing. Anything else is an error.
/// </summary>
internal static class IgnoreGlobals
{
    /// <summary>The attribute's name on a resource.</summary>
    public const string AttributeName = "IgnoreGlobals";

    /// <summary>Removes from <paramref name="globals"/> (which the caller owns) the properties the attribute names.</summary>
    /// <param name="globals">A copy of the global properties for the resource's type; changed in place.</param>
    /// <param name="logicalId">The resource's logical id, for errors.</param>
    /// <param name="attribute">The resource's <c>IgnoreGlobals</c> value, if any.</param>
    /// <returns>The global properties that apply to the resource.</returns>
    public static JObject Apply(JObject globals, string logicalId, JToken? attribute)
    {
        if (Truthiness.IsFalsy(attribute))
        {
            return globals;
        }

        if (attribute is JValue { Type: JTokenType.String } all && string.Equals((string?)all, "*", StringComparison.Ordinal))
        {
            return [];
        }

        if (attribute is not JArray names)
        {
            throw TemplateErrors.Resource(
                logicalId,
                $"Resource {logicalId} has invalid resource attribute '{AttributeName}'.",
                attribute,
                AttributeName);
        }

        foreach (var name in names)
        {
            // Only a text item can name a property; any other item (a number, a map, ...) names none.
            if (name is not JValue { Type: JTokenType.String } text || !globals.Remove((string)text!))
            {
                throw TemplateErrors.Resource(
                    logicalId,
                    $"Resource {logicalId} has invalid resource attribute '{AttributeName}' on item '{SamDeploy.Templates.Intrinsics.PythonRepr.Format(name)}'.",
                    name,
                    AttributeName);
            }
        }

        return globals;
    }
}
