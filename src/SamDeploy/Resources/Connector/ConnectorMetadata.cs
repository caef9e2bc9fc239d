using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// The <c>aws:sam:connectors</c> metadata the reference puts on every resource a connector generates: the types of
/// its source and destination, the serverless type when the end is a serverless resource of the template.
/// </summary>
internal static class ConnectorMetadata
{
    /// <summary>Adds the metadata to each generated resource, keeping metadata the connector declared.</summary>
    /// <param name="generated">The resources generated for one destination.</param>
    /// <param name="connectorId">The connector's logical id.</param>
    /// <param name="declared">The template's resources as declared (embedded connectors included).</param>
    /// <param name="source">The source.</param>
    /// <param name="destination">The destination.</param>
    public static void Add(IEnumerable<CfnResource> generated, string connectorId, JObject declared, ConnectorEndpoint source, ConnectorEndpoint destination)
    {
        var connection = new JObject
        {
            ["Source"] = new JObject { ["Type"] = DeclaredType(declared, source) },
            ["Destination"] = new JObject { ["Type"] = DeclaredType(declared, destination) },
        };
        foreach (var resource in generated)
        {
            var metadata = resource.GetAttribute("Metadata") is JObject existing ? (JObject)existing.DeepClone() : [];
            metadata["aws:sam:connectors"] = new JObject { [connectorId] = connection.DeepClone() };
            resource.SetAttribute("Metadata", metadata);
        }
    }

    private static JToken DeclaredType(JObject declared, ConnectorEndpoint end)
    {
        var type = end.LogicalId is not null && declared[end.LogicalId] is JObject resource ? resource["Type"] : null;
        return Transform.Truthiness.IsTruthy(type) ? type!.DeepClone() : end.ResourceType;
    }
}
