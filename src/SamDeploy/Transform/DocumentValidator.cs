using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>The document-level checks the reference makes before any plugin runs, with its messages.</summary>
internal static class DocumentValidator
{
    public static void Validate(JObject template)
    {
        var resources = template["Resources"];
        if (resources is not JObject map || map.Count == 0)
        {
            throw TemplateErrors.Template("'Resources' section is required", resources ?? template);
        }

        foreach (var property in map.Properties())
        {
            if (property.Value is not JObject)
            {
                throw TemplateErrors.Template("All 'Resources' must be Objects. If you're using YAML, this may be an indentation issue.", property);
            }
        }

        foreach (var property in map.Properties())
        {
            var resource = (JObject)property.Value;
            if (!IsServerless(resource))
            {
                continue;
            }

            if (resource["Condition"] is { } condition && condition.Type != JTokenType.String && !IsEmpty(condition))
            {
                throw TemplateErrors.Template("Every Condition member must be a string.", condition);
            }

            if (resource.TryGetValue("Properties", StringComparison.Ordinal, out var properties) && properties.Type != JTokenType.Object)
            {
                throw TemplateErrors.Resource(property.Name, "Attribute 'Properties' should be a map.", properties, "Properties");
            }
        }
    }

    /// <summary>Whether a resource's type is one of SAM's own.</summary>
    public static bool IsServerless(JObject resource) =>
        resource["Type"] is JValue { Type: JTokenType.String } type && ((string)type!).StartsWith("AWS::Serverless::", StringComparison.Ordinal);

    /// <summary>Python's falsiness for the values the reference tests with <c>if value</c>.</summary>
    public static bool IsEmpty(JToken? token) => token switch
    {
        null => true,
        JValue { Type: JTokenType.Null } => true,
        JValue { Type: JTokenType.String } s => ((string)s!).Length == 0,
        JValue { Type: JTokenType.Boolean } b => !(bool)b,
        JValue { Type: JTokenType.Integer } i => (long)i == 0,
        JContainer c => c.Count == 0,
        _ => false,
    };
}
