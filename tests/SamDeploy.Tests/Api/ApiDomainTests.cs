using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>Custom domain ids pinned against aws-sam-translator 1.110.0 run on the same template.</summary>
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

    [Fact]
    public void Json_dumps_uses_python_separators_and_ascii()
    {
        var value = JObject.Parse("""{"a": [1, true, null], "b": "é"}""");
        PythonJsonDumps.Of(value).Should().Be("{\"a\": [1, true, null], \"b\": \"\\u00e9\"}");
    }
}
