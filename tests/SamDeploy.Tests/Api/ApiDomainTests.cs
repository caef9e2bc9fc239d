using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// Custom domains. Ids pinned against aws-sam-translator 1.110.0 run on the same template; a private domain's deployment
/// id (which hashes the Domain map as written) is pinned by the conformance corpus's private-domain cases.
/// </summary>
public class ApiDomainTests
{
    [Fact]
    public void A_regional_domain_gets_the_reference_ids_and_its_json_in_the_deployment_hash()
    {
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Domain:
                    DomainName: api.example.com
                    CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
                    BasePath: [/v1]
                    Route53:
                      HostedZoneId: Z123
            """);
        result.ErrorMessage.Should().BeNull();
        var resources = (JObject)result.Template!["Resources"]!;
        resources.Properties().Select(p => p.Name).Should().BeEquivalentTo(
            ["ApiGatewayDomainName1bc412bb08", "MyApi", "MyApiDeployment4c4df979c5", "MyApiProdStage", "MyApiv1BasePathMapping", "RecordSetGroupdc5493edf0"]);
        resources["MyApiv1BasePathMapping"]!["Properties"]!["Stage"]!["Ref"]!.ToString().Should().Be("MyApiProdStage");
    }

    private const string PrivateDomainApi = """
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Endpoint:
            Type: String
            Default: vpce-0123
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              EndpointConfiguration:
                Type: PRIVATE
                VPCEndpointIds: [!Ref Endpoint]
              Tags:
                Team: payments
              PropagateTags: true
              Domain:
                DomainName: private.example.com
                CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
                EndpointConfiguration: PRIVATE
                BasePath: [/v1, /v2]
                Policy:
                  Statement: [{Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}]
                AccessAssociation:
                  VpcEndpointId: !Ref Endpoint
                Route53:
                  HostedZoneId: Z123
                  VpcEndpointDomainName: vpce.example.com
                  VpcEndpointHostedZoneId: ZVPCE
        Outputs:
          Domain:
            Value: !Ref MyApi.DomainNameV2
        """;

    [Fact]
    public void A_private_domain_becomes_a_domain_name_v2_with_v2_mappings_an_access_association_and_records_to_the_endpoint()
    {
        var result = new SamTransformer().Transform(PrivateDomainApi);

        result.ErrorMessage.Should().BeNull();
        var resources = (JObject)result.Template!["Resources"]!;
        var domain = resources.Properties().Single(p => (string?)p.Value["Type"] == "AWS::ApiGateway::DomainNameV2");
        domain.Name.Should().StartWith("ApiGatewayDomainNameV2").And.HaveLength("ApiGatewayDomainNameV2".Length + 10);
        resources.Properties().Should().NotContain(p => (string?)p.Value["Type"] == "AWS::ApiGateway::DomainName");
        var properties = (JObject)domain.Value["Properties"]!;
        properties["CertificateArn"]!.ToString().Should().Be("arn:aws:acm:us-east-1:123456789012:certificate/abc", "a private domain has no regional certificate");
        properties.Should().NotContainKey("RegionalCertificateArn");
        properties["EndpointConfiguration"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"Types":["PRIVATE"]}""");
        properties["Policy"]!["Statement"]![0]!["Effect"]!.ToString().Should().Be("Allow");

        foreach (var (id, basePath) in new[] { ("MyApiv1BasePathMapping", "v1"), ("MyApiv2BasePathMapping", "v2") })
        {
            var mapping = resources[id]!;
            mapping["Type"]!.ToString().Should().Be("AWS::ApiGateway::BasePathMappingV2");
            mapping["Properties"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be(
                $$"""{"DomainNameArn":{"Ref":"{{domain.Name}}"},"RestApiId":{"Ref":"MyApi"},"Stage":{"Ref":"MyApiProdStage"},"BasePath":"{{basePath}}"}""");
        }

        var association = resources.Properties().Single(p => (string?)p.Value["Type"] == "AWS::ApiGateway::DomainNameAccessAssociation");
        association.Name.Should().StartWith("DomainNameAccessAssociation");
        association.Value["Properties"]!["DomainNameArn"]!["Ref"]!.ToString().Should().Be(domain.Name);
        association.Value["Properties"]!["AccessAssociationSourceType"]!.ToString().Should().Be("VPCE");
        association.Value["Properties"]!["AccessAssociationSource"]!.ToString().Should().Be("vpce-0123", "the parameter's value, as in the reference");

        var record = resources.Properties().Single(p => (string?)p.Value["Type"] == "AWS::Route53::RecordSetGroup").Value["Properties"]!["RecordSets"]![0]!;
        record["AliasTarget"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"HostedZoneId":"ZVPCE","DNSName":"vpce.example.com"}""");
        result.Template["Outputs"]!["Domain"]!["Value"]!["Ref"]!.ToString().Should().Be(domain.Name, "MyApi.DomainNameV2 names the generated domain");
    }

    [Fact]
    public void A_private_domain_and_its_access_association_take_the_propagated_tags()
    {
        var resources = (JObject)new SamTransformer().Transform(PrivateDomainApi).Template!["Resources"]!;

        string[] tagged = [.. resources.Properties().Where(p => p.Value["Properties"]?["Tags"] is not null).Select(p => (string)p.Value["Type"]!).Order(StringComparer.Ordinal)];

        tagged.Should().Equal("AWS::ApiGateway::DomainNameAccessAssociation", "AWS::ApiGateway::DomainNameV2", "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Stage");
    }

    [Fact]
    public void Ownership_verification_on_a_private_domain_fails_on_the_generated_domain_as_in_the_reference()
    {
        var result = new SamTransformer().Transform(PrivateDomainApi.Replace(
            "    EndpointConfiguration: PRIVATE\n",
            "    EndpointConfiguration: PRIVATE\n        OwnershipVerificationCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/own\n",
            StringComparison.Ordinal));

        result.ErrorMessage.Should().MatchRegex(
            @"Resource with id \[ApiGatewayDomainNameV2[0-9a-f]{10}\] is invalid\. property OwnershipVerificationCertificateArn not defined for resource of type AWS::ApiGateway::DomainNameV2$");
        result.Diagnostics.Single().Span!.Line.Should().Be(21, "the line of the property");
    }

    [Fact]
    public void An_access_association_must_be_a_map()
    {
        var result = new SamTransformer().Transform(PrivateDomainApi.Replace(
            "AccessAssociation:\n          VpcEndpointId: !Ref Endpoint",
            "AccessAssociation: vpce-0123",
            StringComparison.Ordinal));

        result.ErrorMessage.Should().EndWith("Resource with id [MyApi] is invalid. Property 'Domain.AccessAssociation' should be a map.");
    }

    [Fact]
    public void Json_dumps_uses_python_separators_and_ascii()
    {
        var value = JObject.Parse("""{"a": [1, true, null], "b": "é"}""");
        PythonJsonDumps.Of(value).Should().Be("{\"a\": [1, true, null], \"b\": \"\\u00e9\"}");
    }
}
