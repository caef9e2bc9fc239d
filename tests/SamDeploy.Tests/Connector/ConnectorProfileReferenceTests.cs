using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Connector;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Connector;

/// <summary>Checks our connector profiles against the reference's own <c>profiles.json</c>, read only when it is on this machine.</summary>
public class ConnectorProfileReferenceTests
{
    [ReferenceSourceFact]
    public void The_profiles_are_the_references()
    {
        var file = Path.Combine(Corpus.ReferenceSource!, "model", "connector_profiles", "profiles.json");
        var reference = JObject.Parse(File.ReadAllText(file));
        var catalog = ConnectorProfileCatalog.Default;

        var kinds = new Dictionary<string, ConnectorPolicyKind>(StringComparer.Ordinal)
        {
            ["AWS_IAM_ROLE_MANAGED_POLICY"] = ConnectorPolicyKind.IamManagedPolicy,
            ["AWS_SQS_QUEUE_POLICY"] = ConnectorPolicyKind.SqsQueuePolicy,
            ["AWS_SNS_TOPIC_POLICY"] = ConnectorPolicyKind.SnsTopicPolicy,
            ["AWS_LAMBDA_PERMISSION"] = ConnectorPolicyKind.LambdaPermission,
        };
        var expectedPairs = new List<(string, string)>();
        foreach (var (source, destinations) in (JObject)reference["Permissions"]!)
        {
            foreach (var (destination, body) in (JObject)destinations!)
            {
                expectedPairs.Add((source, destination));
                var name = source + " to " + destination;
                var profile = catalog.Find(source, destination);
                profile.Should().NotBeNull(name);
                var properties = (JObject)body!["Properties"]!;
                profile!.Kind.Should().Be(kinds[(string)body["Type"]!], name);
                profile.PolicyOnSource.Should().Be((bool)properties["SourcePolicy"]!, name);
                profile.DependedBy.Should().Be((string?)properties["DependedBy"] switch
                {
                    null => ConnectorDependency.None,
                    "SOURCE" => ConnectorDependency.Source,
                    _ => ConnectorDependency.DestinationEventSourceMapping,
                }, name);
                var combinations = properties["ValidAccessCategories"] as JArray ?? [];
                profile.Combinations.Select(c => string.Join("+", c)).Should()
                    .Equal(combinations.Select(c => string.Join("+", c.Select(n => (string)n!))), name);
                var categories = (JObject)properties["AccessCategories"]!;
                profile.PermissionNames.Should().Equal(categories.Properties().Select(p => p.Name), name);
                foreach (var (permission, value) in profile.Permissions)
                {
                    JToken.DeepEquals(value, categories[permission]).Should().BeTrue("{0} {1} should be the reference's", name, permission);
                }
            }
        }

        catalog.Connections.Should().BeEquivalentTo(expectedPairs);

        var resourceTypes = (JObject)reference["CfnResourceProperties"]!;
        catalog.ResourceTypes.Keys.Should().BeEquivalentTo(resourceTypes.Properties().Select(p => p.Name));
        foreach (var (type, body) in resourceTypes)
        {
            var known = catalog.ResourceTypes[type];
            JToken.DeepEquals(known.Values, body!["Outputs"] ?? new JObject()).Should().BeTrue(type);
            var role = body["Inputs"]?["Role"];
            known.RoleProperty.Should().Be(role?.Type == JTokenType.String ? (string?)role : null, type);
            known.RoleFromRuleTarget.Should().Be(role is JObject { } function && (string?)function["Function"] == "GetEventsRuleRole", type);
        }
    }
}
