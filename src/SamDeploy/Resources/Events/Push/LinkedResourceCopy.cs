using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// A template resource an event modifies (an S3 bucket, a Cognito user pool), re-emitted under its own logical id
/// the way the reference rebuilds it: the type is checked, only the resource type's known properties are accepted,
/// and only DependsOn and the supported attributes are kept.
/// </summary>
internal static class LinkedResourceCopy
{
    private static readonly string[] SupportedAttributes = ["DeletionPolicy", "UpdatePolicy", "Condition", "UpdateReplacePolicy", "Metadata"];

    public static CfnResource From(string logicalId, JObject definition, string type, IReadOnlyList<string> knownProperties, bool supportsTags)
    {
        if (!SamDeploy.Templates.LogicalIds.LogicalIdText.IsAlphanumeric(logicalId))
        {
            throw PushErrors.Linked(logicalId, "Logical ids must be alphanumeric.", definition);
        }

        if (!definition.ContainsKey("Type"))
        {
            throw PushErrors.Linked(logicalId, "Resource dict missing key 'Type'.", definition);
        }

        var actual = definition["Type"] is JValue { Type: JTokenType.String } text ? (string?)text : null;
        if (actual != type)
        {
            var shown = actual ?? Templates.Intrinsics.PythonRepr.Format(definition["Type"]);
            throw PushErrors.Linked(logicalId, $"Resource has incorrect Type; expected '{type}', got '{shown}'", definition["Type"]);
        }

        if (definition.TryGetValue("Properties", StringComparison.Ordinal, out var raw) && raw is not JObject)
        {
            throw PushErrors.Linked(logicalId, Transform.TemplateErrors.PropertiesNotAnObject, raw);
        }

        var properties = raw as JObject ?? [];
        foreach (var property in properties.Properties())
        {
            if (!knownProperties.Contains(property.Name, StringComparer.Ordinal))
            {
                throw PushErrors.Linked(logicalId, $"property {property.Name} not defined for resource of type {type}", property);
            }
        }

        var copy = new CfnResource(logicalId, type, supportsTags);
        if (definition.TryGetValue("DependsOn", StringComparison.Ordinal, out var dependsOn))
        {
            copy.DependsOn = dependsOn.DeepClone();
        }

        foreach (var attribute in SupportedAttributes)
        {
            if (definition.TryGetValue(attribute, StringComparison.Ordinal, out var value))
            {
                copy.SetAttribute(attribute, value.DeepClone());
            }
        }

        foreach (var name in knownProperties)
        {
            copy[name] = properties[name]?.DeepClone();
        }

        return copy;
    }
}
