using SamDeploy.Resources.Iam;
using SamDeploy.Templates.Intrinsics;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function.Policies;
using SamDeploy.Templates.Reading;
using SamDeploy.Tests.TestData;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Policies;

/// <summary>
/// Checks our catalogue against the reference's own data, and our expansion against the reference's corpus. Both are
/// read at test time from outside the repository; when they are absent the tests are reported as skipped.
/// </summary>
public class PolicyTemplateReferenceTests
{
    [ReferenceSourceFact]
    public void The_catalogue_has_the_references_templates_parameters_and_statements()
    {
        var file = Path.Combine(Corpus.ReferenceSource!, "policy_templates_data", "policy_templates.json");
        var reference = (JObject)JObject.Parse(File.ReadAllText(file))["Templates"]!;
        var catalog = PolicyTemplateCatalog.Default;

        catalog.Templates.Select(t => t.Name).Should().BeEquivalentTo(reference.Properties().Select(p => p.Name));
        foreach (var template in catalog.Templates)
        {
            var expected = reference[template.Name]!;
            template.Parameters.Should().BeEquivalentTo(((JObject)expected["Parameters"]!).Properties().Select(p => p.Name), template.Name);
            JToken.DeepEquals(new JObject(new JProperty("Statement", template.Statement)), expected["Definition"])
                .Should().BeTrue("the statements of {0} should be the reference's", template.Name);
        }
    }

    /// <summary>
    /// For every corpus case whose functions or state machines use a policy template, each inline entry our plugin
    /// leaves in <c>Policies</c> (template expansions and policy documents, under <c>Fn::If</c> too) must equal the
    /// <c>PolicyDocument</c> of the policy the reference put in that resource's role under the same index.
    /// </summary>
    [CorpusFact]
    public void Expanded_policies_match_the_role_policies_of_the_corpus()
    {
        var corpus = Corpus.Directory!;

        var plugin = new PolicyTemplatesPlugin();
        var checkedDocuments = 0;
        var failures = new List<string>();
        foreach (var inputPath in Directory.GetFiles(Path.Combine(corpus, "input"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(inputPath);
            var outputPath = Path.Combine(corpus, "output", name + ".json");
            if (name.StartsWith("error_", StringComparison.Ordinal) || !File.Exists(outputPath)
                || TemplateReader.ReadFile(inputPath).Template?["Resources"] is not JObject resources)
            {
                continue;
            }

            var users = UsersOfTemplates(resources).ToList();
            if (users.Count == 0)
            {
                continue;
            }

            var expected = (JObject)JObject.Parse(File.ReadAllText(outputPath))["Resources"]!;
            foreach (var (logicalId, properties) in users)
            {
                if (expected[logicalId + "Role"]?["Properties"]?["Policies"] is not JArray rolePolicies)
                {
                    continue;
                }

                plugin.ExpandPolicies(logicalId, properties);
                var entries = (JArray)properties["Policies"]!;
                for (var i = 0; i < entries.Count; i++)
                {
                    var policyName = logicalId + "RolePolicy" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    foreach (var (actual, document) in Pairs(entries[i], policyName, rolePolicies))
                    {
                        checkedDocuments++;
                        if (!JToken.DeepEquals(actual, document))
                        {
                            failures.Add($"{name}: {policyName}\n  expected {document?.ToString(Newtonsoft.Json.Formatting.None)}\n  actual   {actual.ToString(Newtonsoft.Json.Formatting.None)}");
                        }
                    }
                }
            }
        }

        failures.Should().BeEmpty();
        checkedDocuments.Should().BeGreaterThan(100);
    }

    /// <summary>The corpus error cases about policy-template values give the reference's message.</summary>
    [CorpusTheory]
    [InlineData("error_function_policy_template_invalid_value")]
    [InlineData("error_function_policy_template_with_missing_parameter")]
    public void Corpus_error_cases_give_the_references_message(string name)
    {
        var corpus = Corpus.Directory!;

        var expected = (string)JObject.Parse(File.ReadAllText(Path.Combine(corpus, "output", name + ".json")))["errorMessage"]!;
        var template = TemplateReader.ReadFile(Path.Combine(corpus, "input", name + ".yaml")).Template!;
        template["Transform"] = "AWS::Serverless-2016-10-31";

        new SamDeploy.Transform.SamTransformer().Transform(template).ErrorMessage.Should().Be(expected);
    }

    /// <summary>Functions and state machines whose <c>Policies</c> use at least one policy template.</summary>
    private static IEnumerable<(string LogicalId, JObject Properties)> UsersOfTemplates(JObject resources)
    {
        foreach (var (logicalId, definition) in resources)
        {
            if (definition?["Type"]?.Type == JTokenType.String
                && (string)definition["Type"]! is "AWS::Serverless::Function" or "AWS::Serverless::StateMachine"
                && definition["Properties"] is JObject properties
                && PolicyEntries.Of(properties["Policies"]).Any(entry => PolicyEntries.Classify(entry, PolicyTemplateCatalog.Default) == PolicyKind.PolicyTemplate))
            {
                yield return (logicalId, properties);
            }
        }
    }

    /// <summary>Our inline entry (or each branch of our Fn::If) and the role's document of the same name.</summary>
    private static IEnumerable<(JToken Actual, JToken? Expected)> Pairs(JToken entry, string policyName, JArray rolePolicies)
    {
        if (entry is JObject map && map.ContainsKey("Statement"))
        {
            yield return (entry, rolePolicies.FirstOrDefault(p => Named(p, policyName))?["PolicyDocument"]);
        }
        else if (Fn.IsIf(entry) && entry["Fn::If"] is JArray { Count: 3 } branches && branches.Skip(1).Any(b => b is JObject b2 && b2.ContainsKey("Statement")))
        {
            var conditional = rolePolicies.FirstOrDefault(p => Fn.IsIf(p) && p["Fn::If"]!.Skip(1).Any(b => Named(b, policyName)));
            for (var i = 1; i <= 2; i++)
            {
                var expected = conditional?["Fn::If"]?[i];
                yield return Fn.IsNoValue(branches[i])
                    ? (branches[i], expected)
                    : (branches[i], expected?["PolicyDocument"]);
            }
        }
    }

    private static bool Named(JToken policy, string name) =>
        policy["PolicyName"]?.Type == JTokenType.String && string.Equals((string)policy["PolicyName"]!, name, StringComparison.Ordinal);
}
