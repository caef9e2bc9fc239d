using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.LayerVersion;

public class LayerVersionTests
{
    private const string Template = """
        Resources:
          Deps:
            Type: AWS::Serverless::LayerVersion
            Properties:
              ContentUri: s3://bucket/deps.zip
              RetentionPolicy: delete
          Fn:
            Type: AWS::Serverless::Function
            DependsOn: Deps
            Properties:
              CodeUri: s3://bucket/fn.zip
              Handler: h
              Runtime: python3.12
              Layers: [!Ref Deps]
        Outputs:
          LayerArn: {Value: !Sub '${Deps}'}
        """;

    [Fact]
    public void The_layer_gets_a_hashed_id_and_every_reference_follows_it()
    {
        var template = new SamTransformer().Transform(Template).Template!;
        var layerId = ((JObject)template["Resources"]!).Properties().Single(p => (string?)p.Value["Type"] == "AWS::Lambda::LayerVersion").Name;

        layerId.Should().MatchRegex("^Deps[0-9a-f]{10}$");
        template["Resources"]![layerId]!["DeletionPolicy"]!.Value<string>().Should().Be("Delete");
        template["Resources"]![layerId]!["Properties"]!["LayerName"]!.Value<string>().Should().Be("Deps");
        template["Resources"]!["Fn"]!["Properties"]!["Layers"]![0]!["Ref"]!.Value<string>().Should().Be(layerId);
        template["Resources"]!["Fn"]!["DependsOn"]!.Value<string>().Should().Be(layerId);
        template["Outputs"]!["LayerArn"]!["Value"]!["Fn::Sub"]!.Value<string>().Should().Be("${" + layerId + "}");
    }

    [Fact]
    public void A_changed_content_location_gives_a_new_id()
    {
        var first = new SamTransformer().Transform(Template).Template!;
        var second = new SamTransformer().Transform(Template.Replace("deps.zip", "deps-2.zip", StringComparison.Ordinal)).Template!;

        static string LayerId(JObject t) => ((JObject)t["Resources"]!).Properties().Single(p => (string?)p.Value["Type"] == "AWS::Lambda::LayerVersion").Name;
        LayerId(first).Should().NotBe(LayerId(second));
    }

    [Fact]
    public void An_unknown_retention_policy_is_the_references_error() =>
        new SamTransformer().Transform(Template.Replace("RetentionPolicy: delete", "RetentionPolicy: Keep", StringComparison.Ordinal)).ErrorMessage
            .Should().EndWith("Resource with id [Deps] is invalid. 'RetentionPolicy' must be one of the following options: ['Retain', 'Delete'].");

    [Fact]
    public void A_simple_table_defaults_to_an_id_hash_key_and_on_demand_billing()
    {
        var table = new SamTransformer().Transform("Resources:\n  Table:\n    Type: AWS::Serverless::SimpleTable\n").Template!["Resources"]!["Table"]!;

        table["Type"]!.Value<string>().Should().Be("AWS::DynamoDB::Table");
        table["Properties"]!["KeySchema"]![0]!["AttributeName"]!.Value<string>().Should().Be("id");
        table["Properties"]!["BillingMode"]!.Value<string>().Should().Be("PAY_PER_REQUEST");
    }
}
