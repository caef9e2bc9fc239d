using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Templates;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Domains;

/// <summary>
/// An API's custom <c>Domain</c> (EDGE or REGIONAL; the reference's <c>_construct_api_domain</c>): the
/// <c>AWS::ApiGateway::DomainName</c>, a base path mapping per base path, and the Route53 records. The domain map
/// gains the generated domain's id and the defaulted endpoint type, as in the reference, which hashes it into the
/// deployment id. A PRIVATE domain is built by <see cref="PrivateApiDomainBuilder"/>.
/// </summary>
internal static class ApiDomainBuilder
{
    private static readonly string[] EndpointTypes = ["EDGE", "REGIONAL", "PRIVATE"];

    public static List<CfnResource> Build(ApiScope api, CfnResource restApi)
    {
        var domain = api["Domain"];
        if (domain is null)
        {
            return [];
        }

        if (domain is not JObject map)
        {
            throw api.Error("Property 'Domain' should be a map.", domain);
        }

        // A Route53 map from Globals.Api is one object for every API that takes it: an earlier EDGE API's
        // DistributionDomainName is in it (and so in this API's deployment hash and alias target).
        if (map["Route53"] is JObject route53)
        {
            api.Context.State<Transform.Plugins.Globals.SharedGlobalWrites>().ApplyTo(route53);
        }

        if (IsPrivate(map))
        {
            return PrivateApiDomainBuilder.Build(api, restApi, map);
        }

        var domainName = Required(api, map, "DomainName");
        var certificateArn = Required(api, map, "CertificateArn");
        var domainId = "ApiGatewayDomainName" + LogicalIdGenerator.Hash(domainName);
        Py27.Set(map, "ApiDomainName", domainId);
        var resource = new CfnResource(domainId, "AWS::ApiGateway::DomainName", supportsTags: true).WithAttributes(api.Attributes.PassThroughOnly);
        resource["DomainName"] = domainName.DeepClone();
        var endpoint = map["EndpointConfiguration"];
        if (endpoint is null || endpoint.Type == JTokenType.Null)
        {
            endpoint = "REGIONAL";
            Py27.Set(map, "EndpointConfiguration", endpoint);
        }
        else if (endpoint is not JValue { Type: JTokenType.String } e || !EndpointTypes.Contains((string)e!, StringComparer.Ordinal))
        {
            throw api.Error("EndpointConfiguration for Custom Domains must be one of ['EDGE', 'REGIONAL', 'PRIVATE'].");
        }

        var endpointType = (string)endpoint!;
        resource[endpointType == "REGIONAL" ? "RegionalCertificateArn" : "CertificateArn"] = certificateArn.DeepClone();
        var configuration = new JObject { ["Types"] = new JArray(endpointType) };
        if (Truthiness.IsTruthy(map["IpAddressType"]))
        {
            configuration["IpAddressType"] = map["IpAddressType"]!.DeepClone();
        }

        resource["EndpointConfiguration"] = configuration;
        AddMutualTls(api, map, resource);
        foreach (var name in new[] { "SecurityPolicy", "EndpointAccessMode", "Policy", "OwnershipVerificationCertificateArn" })
        {
            if (Truthiness.IsTruthy(map[name]))
            {
                resource[name] = map[name]!.DeepClone();
            }
        }

        var resources = new List<CfnResource> { resource };
        resources.AddRange(BasePathMappings(api, map, restApi, domainId, v2: false));
        if (Route53(api, map, domainId) is { } recordSetGroup)
        {
            resources.Add(recordSetGroup);
        }

        return resources;
    }

    /// <summary>Whether the domain is a private one (the reference's DomainNameV2 path).</summary>
    public static bool IsPrivate(JToken? domain) =>
        domain is JObject map && map["EndpointConfiguration"] is JValue { Type: JTokenType.String } e && (string?)e == "PRIVATE";

    internal static JToken Required(ApiScope api, JObject map, string name)
    {
        var value = map[name];
        if (value is null || value.Type == JTokenType.Null)
        {
            throw api.Error($"Property 'Domain.{name}' is required.", map);
        }

        return value;
    }

    private static void AddMutualTls(ApiScope api, JObject map, CfnResource resource)
    {
        var tls = map["MutualTlsAuthentication"];
        if (!Truthiness.IsTruthy(tls))
        {
            return;
        }

        if (tls is not JObject tlsMap)
        {
            throw api.Error("Property 'Domain.MutualTlsAuthentication' should be a map.", tls);
        }

        if (tlsMap.Properties().Any(p => !DomainValues.MutualTlsFields.Contains(p.Name, StringComparer.Ordinal)))
        {
            throw api.Error("Available Domain.MutualTlsAuthentication fields are ['TruststoreUri', 'TruststoreVersion'].");
        }

        resource["MutualTlsAuthentication"] = DomainValues.MutualTls(tlsMap);
    }

    /// <summary>A base path mapping per base path, or one without a base path (<c>BasePathMappingV2</c>s for a private domain).</summary>
    internal static IEnumerable<CfnResource> BasePathMappings(ApiScope api, JObject map, CfnResource restApi, string domainId, bool v2)
    {
        var value = map["BasePath"];
        var basePaths = DomainValues.BasePaths(value);
        if (basePaths is null)
        {
            yield return Mapping(api, restApi, domainId, api.LogicalId + "BasePathMapping", null, v2);
            yield break;
        }

        for (var i = 0; i < basePaths.Count; i++)
        {
            if (basePaths[i] is not JValue { Type: JTokenType.String })
            {
                throw api.Error($"Property 'Domain.BasePath[{i}]' should be a string.", basePaths[i]);
            }
        }

        var normalize = !map.TryGetValue("NormalizeBasePath", StringComparison.Ordinal, out var n) || Truthiness.IsTruthy(n);
        foreach (var basePath in basePaths)
        {
            var text = (string)basePath!;
            var path = PythonText.AlnumOnly(text);
            yield return Mapping(api, restApi, domainId, api.LogicalId + path + "BasePathMapping", normalize ? path : basePath, v2);
        }
    }

    private static CfnResource Mapping(ApiScope api, CfnResource restApi, string domainId, string logicalId, JToken? basePath, bool v2)
    {
        var mapping = new CfnResource(logicalId, v2 ? "AWS::ApiGateway::BasePathMappingV2" : "AWS::ApiGateway::BasePathMapping")
            .WithAttributes(api.Attributes.PassThroughOnly);
        mapping[v2 ? "DomainNameArn" : "DomainName"] = Fn.Ref(domainId);
        mapping["RestApiId"] = Fn.Ref(restApi.LogicalId);
        mapping["Stage"] = Fn.Ref(restApi.LogicalId + ".Stage");
        api.Context.State<ResourceReferences>().MarkGeneratedUse();
        mapping["BasePath"] = basePath?.DeepClone();
        return mapping;
    }

    /// <summary>The domain's Route53 records: a record set group of their own, or the group of their hosted zone (shared by the template's APIs) with them added.</summary>
    internal static CfnResource? Route53(ApiScope api, JObject domain, string domainId)
    {
        if (DomainValues.Route53(domain, api.Error) is not var (config, zoneOrNull))
        {
            return null;
        }

        var zone = zoneOrNull!;
        if (Truthiness.IsTruthy(config["SeparateRecordSetGroup"]))
        {
            if (config["SeparateRecordSetGroup"]!.Type != JTokenType.Boolean)
            {
                throw api.Error("Property 'Domain.Route53.SeparateRecordSetGroup' should be a boolean.", config["SeparateRecordSetGroup"]);
            }

            var separateId = LogicalIdGenerator.Generate("RecordSetGroup", new JArray(zone.DeepClone(), domain["DomainName"]?.DeepClone() ?? JValue.CreateNull()));
            var separate = NewGroup(api, separateId, config, onlyTruthy: true);
            ((JArray)separate["RecordSets"]!).Merge(RecordSets(api, domain, domainId, config));
            return separate;
        }

        var groups = api.Context.State<RecordSetGroups>().ByLogicalId;
        var groupId = "RecordSetGroup" + LogicalIdGenerator.Hash(zone);
        if (!groups.TryGetValue(groupId, out var group))
        {
            group = NewGroup(api, groupId, config, onlyTruthy: false);
            groups[groupId] = group;
        }

        foreach (var recordSet in RecordSets(api, domain, domainId, config))
        {
            ((JArray)group["RecordSets"]!).Add(recordSet);
        }

        return group;
    }

    private static CfnResource NewGroup(ApiScope api, string logicalId, JObject config, bool onlyTruthy)
    {
        var group = new CfnResource(logicalId, "AWS::Route53::RecordSetGroup").WithAttributes(api.Attributes.PassThroughOnly);
        foreach (var name in new[] { "HostedZoneId", "HostedZoneName" })
        {
            if (onlyTruthy ? Truthiness.IsTruthy(config[name]) : config.ContainsKey(name))
            {
                group[name] = config[name]?.DeepClone() ?? JValue.CreateNull();
            }
        }

        group["RecordSets"] = new JArray();
        return group;
    }

    private static List<JObject> RecordSets(ApiScope api, JObject domain, string domainId, JObject route53)
    {
        var target = AliasTarget(domain, domainId, route53, api.Context.State<Transform.Plugins.Globals.SharedGlobalWrites>());
        var records = new List<JObject> { Record(domain, route53, "A", target) };
        if (route53["IpV6"] is JValue { Type: JTokenType.Boolean } v6 && (bool)v6)
        {
            records.Add(Record(domain, route53, "AAAA", target));
        }

        return records;
    }

    private static JObject Record(JObject domain, JObject route53, string type, JObject target)
    {
        var record = new JObject
        {
            ["Name"] = domain["DomainName"]?.DeepClone(),
            ["Type"] = type,
            ["AliasTarget"] = target.DeepClone(),
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

    private static JObject AliasTarget(JObject domain, string domainId, JObject route53, Transform.Plugins.Globals.SharedGlobalWrites sharedWrites)
    {
        var target = new JObject();
        if (route53["EvaluateTargetHealth"] is { Type: not JTokenType.Null } health)
        {
            target["EvaluateTargetHealth"] = health.DeepClone();
        }

        var endpoint = domain["EndpointConfiguration"] is JValue { Type: JTokenType.String } e ? (string?)e : null;
        if (endpoint == "REGIONAL")
        {
            target["HostedZoneId"] = Fn.GetAtt(domainId, "RegionalHostedZoneId");
            target["DNSName"] = Fn.GetAtt(domainId, "RegionalDomainName");
        }
        else if (endpoint == "EDGE")
        {
            if (route53["DistributionDomainName"] is null or { Type: JTokenType.Null })
            {
                Py27.Set(route53, "DistributionDomainName", Fn.GetAtt(domainId, "DistributionDomainName"));
                sharedWrites.Record(route53, "DistributionDomainName", route53["DistributionDomainName"]!);
            }

            target["HostedZoneId"] = "Z2FDTNDATAQYW2";
            target["DNSName"] = route53["DistributionDomainName"]!.DeepClone();
        }
        else
        {
            target["HostedZoneId"] = route53["VpcEndpointHostedZoneId"]?.DeepClone();
            target["DNSName"] = route53["VpcEndpointDomainName"]?.DeepClone();
        }

        return target;
    }
}
