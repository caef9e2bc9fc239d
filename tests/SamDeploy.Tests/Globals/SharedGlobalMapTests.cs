using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Globals;

/// <summary>
/// The reference merges Globals with shallow copies, so a global map a resource does not override is one object that
/// every such resource shares, and what one resource's transform writes into it the next ones see. Expected ids and
/// values are aws-sam-translator 1.110.0's.
/// </summary>
public sealed class SharedGlobalMapTests
{
    private const string SharedOnFailureQueue = """
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            EventInvokeConfig:
              DestinationConfig:
                OnFailure: {Type: SQS}
            Timeout: 3
        Resources:
          FnA:
            Type: AWS::Serverless::Function
            Properties: {Handler: index.h, Runtime: python3.12, InlineCode: x}
          FnB:
            Type: AWS::Serverless::Function
            Properties: {Handler: index.h, Runtime: python3.12, InlineCode: x}
        """;

    [Theory]
    [InlineData("")]
    [InlineData("{MaximumRetryAttempts: 1}")]
    public void A_global_on_failure_queue_is_made_once_and_used_by_every_function(string fnAOwnConfig)
    {
        // FnA's own EventInvokeConfig (when it has one) is merged anew, but its DestinationConfig is still the global one.
        var template = fnAOwnConfig.Length == 0
            ? SharedOnFailureQueue
            : SharedOnFailureQueue.Replace(
                "  FnA:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: index.h, Runtime: python3.12, InlineCode: x}",
                "  FnA:\n    Type: AWS::Serverless::Function\n    Properties: {Handler: index.h, Runtime: python3.12, InlineCode: x, EventInvokeConfig: " + fnAOwnConfig + "}",
                StringComparison.Ordinal);
        template.Should().Contain(fnAOwnConfig.Length == 0 ? "FnB" : "EventInvokeConfig: " + fnAOwnConfig);
        var resources = TransformedTemplate.Resources(template);

        resources.Properties().Select(p => p.Name).Where(n => n.Contains("Queue", StringComparison.Ordinal))
            .Should().Equal("FnAEventInvokeConfigOnFailureQueue");
        Destination(resources, "FnB").Should().Be("""{"Fn::GetAtt":["FnAEventInvokeConfigOnFailureQueue","Arn"]}""");
    }

    [Fact]
    public void A_function_that_ignores_a_global_gets_a_deep_copy_and_its_own_queue()
    {
        var resources = TransformedTemplate.Resources(SharedOnFailureQueue.Replace(
            "  FnB:\n    Type: AWS::Serverless::Function\n",
            "  FnB:\n    Type: AWS::Serverless::Function\n    IgnoreGlobals: [Timeout]\n",
            StringComparison.Ordinal));

        resources.Should().ContainKey("FnBEventInvokeConfigOnFailureQueue");
        Destination(resources, "FnB").Should().Be("""{"Fn::GetAtt":["FnBEventInvokeConfigOnFailureQueue","Arn"]}""");
    }

    [Theory]
    [InlineData("EDGE", "ApiBDeployment2ec28eea8c", "ApiGatewayDomainName6c21496336")]
    [InlineData("REGIONAL", "ApiBDeployment4dccb08d7c", null)]
    public void An_edge_api_leaves_its_distribution_in_a_global_route53_for_the_apis_after_it(string endpointOfB, string deploymentOfB, string? aliasDomainOfB)
    {
        // ApiA (EDGE) writes its DistributionDomainName into the shared Route53 map: ApiB's domain, hashed into its
        // deployment id, carries it, and an EDGE ApiB points its alias at ApiA's distribution.
        var resources = TransformedTemplate.Resources($$"""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                Domain:
                  Route53: {HostedZoneName: example.com.}
            Resources:
              ApiA:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Domain: {DomainName: a.example.com, CertificateArn: 'arn:c', EndpointConfiguration: EDGE}
              ApiB:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Domain: {DomainName: b.example.com, CertificateArn: 'arn:c', EndpointConfiguration: {{endpointOfB}}}
            """);

        resources.Should().ContainKey("ApiADeploymentc6768b0cb9");
        resources.Should().ContainKey(deploymentOfB);
        if (aliasDomainOfB is not null)
        {
            var records = resources.Properties().Select(p => p.Value).Where(r => (string?)r["Type"] == "AWS::Route53::RecordSetGroup")
                .SelectMany(g => (JArray)g["Properties"]!["RecordSets"]!).ToList();
            records.Should().HaveCount(2).And.OnlyContain(r => (string?)r["AliasTarget"]!["DNSName"]!["Fn::GetAtt"]![0] == aliasDomainOfB);
        }
    }

    private static string Destination(JObject resources, string function) =>
        resources[function + "EventInvokeConfig"]!["Properties"]!["DestinationConfig"]!["OnFailure"]!["Destination"]!.ToString(Newtonsoft.Json.Formatting.None);
}
