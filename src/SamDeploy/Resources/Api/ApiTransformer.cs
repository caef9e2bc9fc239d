using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Auth;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.UsagePlans;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>
/// Transforms <c>AWS::Serverless::Api</c> into a REST API, its deployment (with an id that hashes the definition) and
/// stage, Lambda permissions for its Lambda authorizers and its usage plan, exactly as the reference does; the
/// Api events of functions have already written their paths into the definition when SAM manages it.
/// </summary>
internal sealed class ApiTransformer : IResourceTransformer
{
    /// <inheritdoc />
    public string ResourceType => "AWS::Serverless::Api";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var properties = resource.Properties;
        PropertySpec.RejectUnknown(resource.LogicalId, ResourceType, properties, ApiPropertySpecs.All);
        PropertySpec.Validate(resource.LogicalId, properties, ApiPropertySpecs.All);
        var api = new ApiScope(resource, context);
        FixManagedOpenApiVersion(api);

        var restApi = RestApiBuilder.Build(api);
        var domain = Domains.ApiDomainBuilder.Build(api, restApi);
        var domainJson = Truthiness.IsTruthy(api["Domain"]) ? PythonJsonDumps.Of(api["Domain"]!) : null;
        var (deployment, stage) = StageBuilder.Build(api, restApi, domainJson, RedeployFunctionNames.For(api.LogicalId, context));
        var resources = new List<CfnResource> { restApi, deployment, stage };
        resources.AddRange(AuthorizerPermissions.Build(api));
        // Like the reference, a private domain's access association comes last.
        resources.AddRange(domain.Where(r => r.Type != Domains.PrivateApiDomainBuilder.AccessAssociationType));
        resources.AddRange(UsagePlanBuilder.Build(api, stage));
        resources.AddRange(domain.Where(r => r.Type == Domains.PrivateApiDomainBuilder.AccessAssociationType));
        PropagateTags(api, resources);
        RecordReferences(api, resources);
        DefinitionBodyHandover.LetGo(resource, restApi);
        return CfnResource.ToJsonAll(resources);
    }

    /// <summary>
    /// The Globals plugin writes a managed definition's <c>openapi</c> from OpenApiVersion; in the reference that is the
    /// same (template) string, which the deployment hash prints as such.
    /// </summary>
    private static void FixManagedOpenApiVersion(ApiScope api)
    {
        if (api.DefinitionBody?["openapi"] is JValue { Type: JTokenType.String } openapi
            && api["OpenApiVersion"] is JValue { Type: JTokenType.String } version && Py27.IsUnicode(version)
            && (string?)openapi == (string?)version)
        {
            Py27.MarkUnicode(openapi);
        }
    }

    private static void PropagateTags(ApiScope api, List<CfnResource> resources)
    {
        if (!api.Has("PropagateTags") || api["Tags"] is not JObject { Count: > 0 } tags)
        {
            return;
        }

        foreach (var resource in resources.Where(r => r.SupportsTags))
        {
            resource["Tags"] = TagList.From(tags);
        }
    }

    private static void RecordReferences(ApiScope api, List<CfnResource> resources)
    {
        var references = api.Context.State<ResourceReferences>();
        (string Property, string Type)[] referable =
        [
            ("Stage", "AWS::ApiGateway::Stage"),
            ("Deployment", "AWS::ApiGateway::Deployment"),
            ("DomainName", "AWS::ApiGateway::DomainName"),
            ("DomainNameV2", "AWS::ApiGateway::DomainNameV2"),
            ("UsagePlan", "AWS::ApiGateway::UsagePlan"),
            ("UsagePlanKey", "AWS::ApiGateway::UsagePlanKey"),
            ("ApiKey", "AWS::ApiGateway::ApiKey"),
        ];
        foreach (var (property, type) in referable)
        {
            if (resources.LastOrDefault(r => r.Type == type) is { } generated)
            {
                references.Add(api.LogicalId, property, generated.LogicalId);
            }
        }
    }
}
