using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi;

/// <summary>
/// Transforms <c>AWS::Serverless::HttpApi</c> (and the implicit <c>ServerlessHttpApi</c>) exactly as the reference
/// does: the <c>AWS::ApiGatewayV2::Api</c> with its OpenAPI body (CORS, authorizers, tags, endpoint configuration,
/// title, description), Lambda permissions for Lambda authorizers, the custom domain with its API mappings and
/// Route53 records, and the stage. The HttpApi events of functions have already written their routes into the body.
/// </summary>
internal sealed class HttpApiTransformer : IResourceTransformer
{
    /// <inheritdoc />
    public string ResourceType => "AWS::Serverless::HttpApi";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var properties = resource.Properties;
        PropertySpec.RejectUnknown(resource.LogicalId, ResourceType, properties, HttpApiPropertySpecs.All);
        PropertySpec.Validate(resource.LogicalId, properties, HttpApiPropertySpecs.All);
        var api = new HttpApiScope(resource, context);
        var httpApi = HttpApiDefinition.Build(api);
        var domain = Domains.HttpApiDomainBuilder.Build(api, httpApi);
        var permissions = Auth.HttpApiAuth.AuthorizerPermissions(api, httpApi);
        var stage = HttpStageBuilder.Build(api);
        var resources = new List<CfnResource> { httpApi };
        resources.AddRange(permissions);
        resources.AddRange(domain);
        if (stage is not null)
        {
            resources.Add(stage);
        }

        PropagateTags(api, resources);
        RecordReferences(api, resources);
        DefinitionBodyHandover.LetGo(resource, httpApi);
        return CfnResource.ToJsonAll(resources);
    }

    /// <summary>
    /// With a DefinitionBody, the API's Tags (with <c>httpapi:createdBy</c>) become the map of tags of the stage and
    /// the domain name; ApiGatewayV2 tags are maps, and the API itself carries its tags in the body.
    /// </summary>
    private static void PropagateTags(HttpApiScope api, List<CfnResource> resources)
    {
        if (api["DefinitionBody"] is null || api["Tags"] is not JObject { Count: > 0 } tags)
        {
            return;
        }

        foreach (var resource in resources.Where(r => r.Type is "AWS::ApiGatewayV2::Stage" or "AWS::ApiGatewayV2::DomainName"))
        {
            resource["Tags"] = tags.DeepClone();
        }
    }

    private static void RecordReferences(HttpApiScope api, List<CfnResource> resources)
    {
        var references = api.Context.State<ResourceReferences>();
        foreach (var (property, type) in new[] { ("Stage", "AWS::ApiGatewayV2::Stage"), ("DomainName", "AWS::ApiGatewayV2::DomainName") })
        {
            if (resources.LastOrDefault(r => r.Type == type) is { } generated)
            {
                references.Add(api.LogicalId, property, generated.LogicalId);
            }
        }
    }
}
