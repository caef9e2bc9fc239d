using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Domains;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi.Domains;

/// <summary>
/// An HTTP API's custom <c>Domain</c> (REGIONAL only; the reference's ApiV2 <c>_construct_api_domain</c>): the
/// <c>AWS::ApiGatewayV2::DomainName</c>, an API mapping per base path, and the Route53 records, which join the
/// stack's record set group for the hosted zone.
/// </summary>
internal static partial class HttpApiDomainBuilder
{
    public static List<CfnResource> Build(HttpApiScope api, CfnResource httpApi)
    {
        if (api["Domain"] is not JObject domain)
        {
            return [];
        }

        var domainName = domain["DomainName"] is { Type: not JTokenType.Null } n ? n : null;
        var certificateArn = domain["CertificateArn"] is { Type: not JTokenType.Null } c ? c : null;
        if (domainName is null || certificateArn is null)
        {
            throw api.Error("Custom Domains only works if both DomainName and CertificateArn are provided.");
        }

        var configuration = new JObject { ["CertificateArn"] = certificateArn.DeepClone() };
        var domainId = "ApiGatewayDomainNameV2" + LogicalIdGenerator.Hash(domainName);
        domain["ApiDomainName"] = domainId;
        var resource = new CfnResource(domainId, "AWS::ApiGatewayV2::DomainName").WithAttributes(api.Attributes.PassThroughOnly);
        resource["DomainName"] = domainName.DeepClone();
        resource["Tags"] = new JObject { [HttpApiDefinition.CreatedByTag] = "SAM" };
        var endpoint = domain["EndpointConfiguration"];
        if (endpoint is null || endpoint.Type == JTokenType.Null)
        {
            endpoint = "REGIONAL";
            domain["EndpointConfiguration"] = endpoint;
        }
        else if (endpoint is not JValue { Type: JTokenType.String } e || (string?)e != "REGIONAL")
        {
            throw api.Error("EndpointConfiguration for Custom Domains must be one of ['REGIONAL'].");
        }

        configuration["EndpointType"] = endpoint.DeepClone();
        foreach (var name in new[] { "OwnershipVerificationCertificateArn", "SecurityPolicy" })
        {
            if (Truthiness.IsTruthy(domain[name]))
            {
                configuration[name] = domain[name]!.DeepClone();
            }
        }

        resource["DomainNameConfigurations"] = new JArray(configuration);
        AddMutualTls(api, domain, resource);
        var resources = new List<CfnResource> { resource };
        resources.AddRange(ApiMappings(api, domain, httpApi, domainId));
        if (Route53(api, domain, domainId) is { } recordSetGroup)
        {
            resources.Add(recordSetGroup);
        }

        return resources;
    }

    private static void AddMutualTls(HttpApiScope api, JObject domain, CfnResource resource)
    {
        var tls = domain["MutualTlsAuthentication"];
        if (!Truthiness.IsTruthy(tls))
        {
            return;
        }

        if (tls is not JObject map)
        {
            throw api.Error("MutualTlsAuthentication must be a map with at least one of the following fields ['TruststoreUri', 'TruststoreVersion'].");
        }

        var invalid = map.Properties().Select(p => p.Name).Where(k => !DomainValues.MutualTlsFields.Contains(k, StringComparer.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (invalid.Count > 0)
        {
            // The reference names the invalid fields where the resource id goes.
            throw TemplateErrors.Resource(string.Join(",", invalid), "Available MutualTlsAuthentication fields are ['TruststoreUri', 'TruststoreVersion'].", tls);
        }

        resource["MutualTlsAuthentication"] = DomainValues.MutualTls(map);
    }

    private static IEnumerable<CfnResource> ApiMappings(HttpApiScope api, JObject domain, CfnResource httpApi, string domainId)
    {
        var value = domain["BasePath"];
        var basePaths = DomainValues.BasePaths(value);
        if (basePaths is null)
        {
            yield return Mapping(api, httpApi, domainId, api.LogicalId + "ApiMapping", null);
            yield break;
        }

        foreach (var basePath in basePaths)
        {
            if (basePath is not JValue { Type: JTokenType.String })
            {
                throw api.Error("Basepath must be a string.");
            }

            var text = (string)basePath!;
            if (InvalidBasePath().IsMatch(text))
            {
                throw api.Error("Invalid Basepath name provided.");
            }

            yield return Mapping(api, httpApi, domainId, api.LogicalId + Separators().Replace(text, string.Empty) + "ApiMapping", text.Trim('/'));
        }
    }

    private static CfnResource Mapping(HttpApiScope api, CfnResource httpApi, string domainId, string logicalId, string? key)
    {
        var mapping = new CfnResource(logicalId, "AWS::ApiGatewayV2::ApiMapping").WithAttributes(api.Attributes.PassThroughOnly);
        mapping["ApiId"] = Fn.Ref(httpApi.LogicalId);
        mapping["ApiMappingKey"] = key is null ? null : new JValue(key);
        mapping["DomainName"] = Fn.Ref(domainId);
        mapping["Stage"] = Fn.Ref(httpApi.LogicalId + ".Stage");
        api.Context.State<ResourceReferences>().MarkGeneratedUse();
        return mapping;
    }

    private static CfnResource? Route53(HttpApiScope api, JObject domain, string domainId)
    {
        if (DomainValues.Route53(domain, api.Error) is not var (config, zone))
        {
            return null;
        }

        var groups = api.Context.State<RecordSetGroups>().ByLogicalId;
        var groupId = "RecordSetGroup" + LogicalIdGenerator.Hash(zone);
        if (!groups.TryGetValue(groupId, out var group))
        {
            group = new CfnResource(groupId, "AWS::Route53::RecordSetGroup").WithAttributes(api.Attributes.PassThroughOnly);
            if (config.ContainsKey("HostedZoneId"))
            {
                group["HostedZoneId"] = config["HostedZoneId"]!.DeepClone();
            }
            else if (config.ContainsKey("HostedZoneName"))
            {
                group["HostedZoneName"] = config["HostedZoneName"]!.DeepClone();
            }

            group["RecordSets"] = new JArray();
            groups[groupId] = group;
        }

        var recordSets = (JArray)group["RecordSets"]!;
        recordSets.Add(Record(domain, config, domainId, "A"));
        if (config["IpV6"] is JValue { Type: JTokenType.Boolean } v6 && (bool)v6)
        {
            recordSets.Add(Record(domain, config, domainId, "AAAA"));
        }

        return group;
    }

    private static JObject Record(JObject domain, JObject route53, string domainId, string type)
    {
        var target = new JObject();
        if (route53["EvaluateTargetHealth"] is { Type: not JTokenType.Null } health)
        {
            target["EvaluateTargetHealth"] = health.DeepClone();
        }

        target["HostedZoneId"] = Fn.GetAtt(domainId, "RegionalHostedZoneId");
        target["DNSName"] = Fn.GetAtt(domainId, "RegionalDomainName");
        var record = new JObject
        {
            ["Name"] = domain["DomainName"]?.DeepClone(),
            ["Type"] = type,
            ["AliasTarget"] = target,
        };
        foreach (var name in new[] { "Region", "SetIdentifier" })
        {
            if (route53[name] is { Type: not JTokenType.Null } value)
            {
                record[name] = value.DeepClone();
            }
        }

        return record;
    }

    [GeneratedRegex(@"[^0-9a-zA-Z/\-_]+", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidBasePath();

    [GeneratedRegex(@"[\-_/]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
