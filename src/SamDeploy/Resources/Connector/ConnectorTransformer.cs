using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// Transforms <c>AWS::Serverless::Connector</c> (declared, or generated from a resource's <c>Connectors</c>
/// attribute) into the policies or permissions its profile names for each destination, as the reference does.
/// Connectors are transformed after every other resource, so they see the CloudFormation those became.
/// </summary>
internal sealed class ConnectorTransformer : IResourceTransformer
{
    /// <inheritdoc />
    public string ResourceType => ConnectorPropertySpecs.ResourceType;

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var id = resource.LogicalId;
        if (resource.Definition.TryGetValue("Properties", StringComparison.Ordinal, out var given) && given is not JObject)
        {
            // Not checked with the document (the reference's document check skips connectors): an error of this resource.
            throw TemplateErrors.Resource(id, TemplateErrors.PropertiesNotAnObject, given, "Properties");
        }

        var properties = resource.Properties;
        PropertySpec.RejectUnknown(id, ResourceType, properties, ConnectorPropertySpecs.All);
        PropertySpec.Validate(id, properties, ConnectorPropertySpecs.All);

        var built = (JObject)context.Output["Resources"]!;
        var source = (JObject)properties["Source"]!;
        var destinationValue = properties["Destination"]!;
        var multipleDestinations = destinationValue is JArray;
        var destinations = destinationValue is JArray list ? [.. list.Cast<JObject>()] : new List<JObject> { (JObject)destinationValue };
        var builder = new ConnectorResourceBuilder(
            id,
            resource.Definition["DependsOn"],
            ResourceAttributes.Of(resource.Definition).All,
            Permissions(properties["Permissions"]!),
            built);

        // A resource as the reference's connectors see it: transformed, or still its serverless definition when its
        // own transform failed (the connector then fails on the serverless type, as the reference's does).
        var untransformed = context.State<UntransformedResources>();
        JObject? Find(string logicalId) =>
            built[logicalId] as JObject ?? (untransformed.Contains(logicalId) ? context.Resources[logicalId] as JObject : null);

        var generated = new List<CfnResource>();
        for (var index = 0; index < destinations.Count; index++)
        {
            ConnectorEndpoint sourceEnd, destinationEnd;
            try
            {
                destinationEnd = ConnectorEndpointResolver.Resolve(destinations[index], Find, source, ConnectorProfileCatalog.Default);
                sourceEnd = ConnectorEndpointResolver.Resolve(source, Find, destinations[index], ConnectorProfileCatalog.Default);
            }
            catch (ConnectorException e)
            {
                throw TemplateErrors.Resource(id, e.Message, resource.Definition);
            }

            var forDestination = builder.Build(sourceEnd, destinationEnd, multipleDestinations ? index : null);
            ConnectorMetadata.Add(forDestination, id, context.Resources, sourceEnd, destinationEnd);
            generated.AddRange(forDestination);
        }

        ConnectorDependsOn.Replace(built, id, [.. generated.Select(r => r.LogicalId)]);
        if (generated.Count == 0)
        {
            throw TemplateErrors.Resource(id, "'Destination' is an empty list", destinationValue);
        }

        return CfnResource.ToJsonAll(generated);
    }

    /// <summary>The distinct permission names asked for (the reference makes a set of them; its order never shows).</summary>
    private static List<string> Permissions(JToken value) => value switch
    {
        JArray list => [.. list.Select(p => (string)p!).Distinct(StringComparer.Ordinal)],
        JObject map => [.. map.Properties().Select(p => p.Name)],
        _ => [],
    };
}
