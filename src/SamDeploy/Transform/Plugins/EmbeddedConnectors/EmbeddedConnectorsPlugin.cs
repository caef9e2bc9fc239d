using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Resources;
using SamDeploy.Resources.Connector;
using SamDeploy.Templates;

namespace SamDeploy.Transform.Plugins.EmbeddedConnectors;

/// <summary>
/// Turns each entry of a resource's <c>Connectors</c> attribute into an <c>AWS::Serverless::Connector</c> named
/// source id + connector id, whose <c>Source</c> is the resource (plus any <c>SourceReference</c>), and removes the
/// attribute from every resource, as the reference does once its plugins have run. Mistakes are collected and
/// reported with the other errors after every resource was transformed, as the reference's are.
/// </summary>
internal sealed class EmbeddedConnectorsPlugin : ITemplatePlugin
{
    /// <inheritdoc />
    public string Name => "EmbeddedConnectors";

    /// <inheritdoc />
    public void BeforeResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var resources = context.Resources;
        var errors = context.State<EmbeddedConnectorErrors>();
        var generated = new List<KeyValuePair<string, JObject>>();
        foreach (var (sourceId, value) in resources)
        {
            if (value is not JObject resource || !resource.TryGetValue("Connectors", StringComparison.Ordinal, out var connectors))
            {
                continue;
            }

            if (connectors is not JObject map)
            {
                errors.Add(TemplateErrors.Resource(sourceId, $"Attribute '{sourceId}.Connectors' should be a map.", connectors, "Connectors"));
                continue;
            }

            foreach (var (connectorId, body) in map)
            {
                try
                {
                    var (id, connector) = EmbeddedConnector.Generate(sourceId, connectorId, body);
                    if (!GeneratedIds.MayReplace(resources, id, ConnectorPropertySpecs.ResourceType))
                    {
                        throw new SamTemplateException(new Diagnostic(
                            DiagnosticCatalog.DuplicateLogicalId,
                            DiagnosticKind.Plain,
                            $"Transforming resource with id [{sourceId}] attempts to create a new resource with id [{id}] and type \"{ConnectorPropertySpecs.ResourceType}\". A resource with that id already exists within this template. Please use a different id for that resource.",
                            sourceId,
                            SourceInfo.GetSpan(body)));
                    }

                    generated.Add(new(id, connector));
                }
                catch (SamTemplateException e)
                {
                    errors.Add(e);
                }
            }
        }

        foreach (var (id, connector) in generated)
        {
            resources[id] = connector;
        }

        foreach (var resource in resources.PropertyValues().OfType<JObject>())
        {
            resource.Remove("Connectors");
        }
    }

    /// <inheritdoc />
    public void AfterResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = context.State<EmbeddedConnectorErrors>();
        if (errors.Diagnostics.Count > 0)
        {
            throw new SamTemplateException([.. errors.Diagnostics]);
        }
    }
}
