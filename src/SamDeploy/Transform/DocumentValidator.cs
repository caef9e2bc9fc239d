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
            if (!IsCheckedAtDocumentLevel(resource))
            {
                continue;
            }

            if (resource["Condition"] is { } condition && condition.Type != JTokenType.String && !Truthiness.IsFalsy(condition))
            {
                throw TemplateErrors.Template("Every Condition member must be a string.", condition);
            }

            if (resource.TryGetValue("Properties", StringComparison.Ordinal, out var properties) && properties.Type != JTokenType.Object)
            {
                throw TemplateErrors.Resource(property.Name, "Attribute 'Properties' should be a map.", properties, "Properties");
            }
        }
    }

    /// <summary>
    /// The reference's <c>SamResourceType</c>: the serverless types whose Condition and Properties it checks before any
    /// plugin runs, and which its Globals step visits (each ends up with a <c>Properties</c> entry). A connector or a
    /// GraphQL API is not among them: its Properties are checked when it is transformed, as an error of that resource,
    /// and Globals leave it as written.
    /// </summary>
    public static IReadOnlySet<string> SamResourceTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AWS::Serverless::Api",
        "AWS::Serverless::Function",
        "AWS::Serverless::SimpleTable",
        "AWS::Serverless::Application",
        "AWS::Serverless::LayerVersion",
        "AWS::Serverless::HttpApi",
        "AWS::Serverless::WebSocketApi",
        "AWS::Serverless::StateMachine",
        "AWS::Serverless::CapacityProvider",
    };

    private static bool IsCheckedAtDocumentLevel(JObject resource) =>
        resource["Type"] is JValue { Type: JTokenType.String } type && SamResourceTypes.Contains((string)type!);

    /// <summary>Whether a resource's type is one of SAM's own.</summary>
    public static bool IsServerless(JObject resource) =>
        resource["Type"] is JValue { Type: JTokenType.String } type && ((string)type!).StartsWith("AWS::Serverless::", StringComparison.Ordinal);
}
