using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Domains;

/// <summary>
/// A private custom <c>Domain</c> of a REST API (EndpointConfiguration PRIVATE; the reference's
/// <c>_construct_api_domain_v2</c>): an <c>AWS::ApiGateway::DomainNameV2</c>, a <c>BasePathMappingV2</c> per base
/// path, the <c>DomainNameAccessAssociation</c> of an AccessAssociation, and the Route53 records, which point at the
/// VPC endpoint. Unlike a public domain, the Domain map is left as written (the deployment id hashes it as such).
/// </summary>
internal static class PrivateApiDomainBuilder
{
    /// <summary>The logical id prefix of the generated domain.</summary>
    public const string DomainIdPrefix = "ApiGatewayDomainNameV2";

    /// <summary>The type of the resource that lets a VPC endpoint reach the domain.</summary>
    public const string AccessAssociationType = "AWS::ApiGateway::DomainNameAccessAssociation";

    private const string DomainType = "AWS::ApiGateway::DomainNameV2";

    public static List<CfnResource> Build(ApiScope api, CfnResource restApi, JObject map)
    {
        var domainName = ApiDomainBuilder.Required(api, map, "DomainName");
        var certificateArn = ApiDomainBuilder.Required(api, map, "CertificateArn");
        var domainId = DomainIdPrefix + LogicalIdGenerator.Hash(domainName);
        var domain = new CfnResource(domainId, DomainType, supportsTags: true).WithAttributes(api.Attributes.PassThroughOnly);
        domain["DomainName"] = domainName.DeepClone();
        domain["CertificateArn"] = certificateArn.DeepClone();
        var configuration = new JObject { ["Types"] = new JArray("PRIVATE") };
        if (Truthiness.IsTruthy(map["IpAddressType"]))
        {
            configuration["IpAddressType"] = map["IpAddressType"]!.DeepClone();
        }

        domain["EndpointConfiguration"] = configuration;
        foreach (var name in new[] { "SecurityPolicy", "EndpointAccessMode", "Policy" })
        {
            if (Truthiness.IsTruthy(map[name]))
            {
                domain[name] = map[name]!.DeepClone();
            }
        }

        // The reference sets it on a resource type that has no such property, which fails on the generated domain.
        if (Truthiness.IsTruthy(map["OwnershipVerificationCertificateArn"]))
        {
            throw TemplateErrors.Resource(domainId, $"property OwnershipVerificationCertificateArn not defined for resource of type {DomainType}", map["OwnershipVerificationCertificateArn"], "Domain.OwnershipVerificationCertificateArn");
        }

        var resources = new List<CfnResource> { domain };
        resources.AddRange(ApiDomainBuilder.BasePathMappings(api, map, restApi, domainId, v2: true));
        var association = AccessAssociation(api, map, domainId);
        if (ApiDomainBuilder.Route53(api, map, domainId) is { } recordSetGroup)
        {
            resources.Add(recordSetGroup);
        }

        if (association is not null)
        {
            resources.Add(association);
        }

        return resources;
    }

    private static CfnResource? AccessAssociation(ApiScope api, JObject map, string domainId)
    {
        var value = map["AccessAssociation"];
        if (value is null || value.Type == JTokenType.Null)
        {
            return null;
        }

        if (value is not JObject association)
        {
            throw api.Error("Property 'Domain.AccessAssociation' should be a map.", value);
        }

        var vpcEndpointId = association["VpcEndpointId"];
        var logicalId = LogicalIdGenerator.Generate("DomainNameAccessAssociation", new JArray(vpcEndpointId?.DeepClone() ?? JValue.CreateNull(), domainId));
        var resource = new CfnResource(logicalId, AccessAssociationType, supportsTags: true).WithAttributes(api.Attributes.PassThroughOnly);
        resource["DomainNameArn"] = Fn.Ref(domainId);
        resource["AccessAssociationSourceType"] = "VPCE";
        resource["AccessAssociationSource"] = vpcEndpointId?.DeepClone();
        return resource;
    }
}
