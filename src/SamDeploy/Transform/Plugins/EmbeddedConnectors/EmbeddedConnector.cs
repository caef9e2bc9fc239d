using Newtonsoft.Json.Linq;
using SamDeploy.Resources;
using SamDeploy.Resources.Connector;

namespace SamDeploy.Transform.Plugins.EmbeddedConnectors;

/// <summary>One entry of a <c>Connectors</c> attribute, as the connector resource it stands for.</summary>
internal static class EmbeddedConnector
{
    /// <summary>Resource attributes an embedded connector keeps, in the reference's order.</summary>
    private static readonly string[] Attributes = ["DeletionPolicy", "UpdatePolicy", "Condition", "UpdateReplacePolicy", "Metadata"];

    /// <summary>The connector resource for one entry, checked as the reference checks it.</summary>
    /// <param name="sourceId">The logical id of the resource the entry is attached to.</param>
    /// <param name="connectorId">The entry's name.</param>
    /// <param name="body">The entry.</param>
    /// <returns>The connector's logical id (source id + entry name) and definition.</returns>
    /// <exception cref="SamTemplateException">The entry is invalid; the message is the reference's.</exception>
    public static (string LogicalId, JObject Definition) Generate(string sourceId, string connectorId, JToken? body)
    {
        var id = sourceId + connectorId;
        if (body is not JObject entry)
        {
            throw TemplateErrors.Resource(id, $"{sourceId}.{id} should be a map.", body);
        }

        if (entry["Properties"] is not JObject declared)
        {
            throw TemplateErrors.Resource(sourceId, $"Attribute 'Connectors.{connectorId}.Properties' should be a map.", entry["Properties"] ?? entry, "Connectors");
        }

        var properties = (JObject)declared.DeepClone();
        properties["Source"] = new JObject { ["Id"] = sourceId };
        if (properties.TryGetValue("SourceReference", StringComparison.Ordinal, out var sourceReference))
        {
            if (sourceReference is not JObject reference)
            {
                throw TemplateErrors.Resource(sourceId, $"Property 'Connectors.{connectorId}.Properties.SourceReference' should be a map.", sourceReference, "Connectors");
            }

            if (reference.ContainsKey("Id"))
            {
                throw TemplateErrors.Resource(connectorId, "'Id' shouldn't be defined in 'SourceReference'.", reference);
            }

            foreach (var property in reference.Properties())
            {
                ((JObject)properties["Source"]!)[property.Name] = property.Value.DeepClone();
            }

            properties.Remove("SourceReference");
        }

        PropertySpec.RejectUnknown(id, ConnectorPropertySpecs.ResourceType, properties, ConnectorPropertySpecs.All);
        PropertySpec.Validate(id, properties, ConnectorPropertySpecs.All);

        var definition = new JObject { ["Type"] = ConnectorPropertySpecs.ResourceType };
        if (Truthiness.IsTruthy(entry["DependsOn"]))
        {
            definition["DependsOn"] = entry["DependsOn"]!.DeepClone();
        }

        foreach (var name in Attributes)
        {
            if (entry.TryGetValue(name, StringComparison.Ordinal, out var value))
            {
                definition[name] = value.DeepClone();
            }
        }

        var kept = new JObject();
        foreach (var spec in ConnectorPropertySpecs.All)
        {
            if (properties[spec.Name] is { Type: not JTokenType.Null } value)
            {
                kept[spec.Name] = value;
            }
        }

        definition["Properties"] = kept;
        return (id, definition);
    }
}
