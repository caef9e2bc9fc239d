using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.Reading;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Templates;

public sealed class TreeRewriterTests
{
    /// <summary>
    /// RewriteFunctions is Rewrite with the call left out where it could change nothing: over every sample and corpus
    /// template, a rewrite that renames every Ref and replaces every GetAtt by a new one-key map gives the same tree
    /// with the same calls (a replacement is walked into, not rewritten again).
    /// </summary>
    [Fact]
    public void Rewriting_functions_only_matches_rewriting_every_node()
    {
        var files = Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "samples"), "*.yaml", SearchOption.AllDirectories).Concat(Corpus.InputFiles()).ToList();
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            if (TemplateReader.ReadFile(file).Template is not { } template)
            {
                continue;
            }

            var everyNode = new List<string>();
            var functionsOnly = new List<string>();
            var viaRewrite = TreeRewriter.Rewrite(template.DeepClone(), node => node is JObject { Count: 1 } map ? Rename(map, everyNode) : node);
            var viaFunctions = TreeRewriter.RewriteFunctions(template.DeepClone(), map => Rename(map, functionsOnly));

            JToken.DeepEquals(viaFunctions, viaRewrite).Should().BeTrue(file);
            functionsOnly.Should().Equal(everyNode, file);
        }
    }

    private static JToken Rename(JObject map, List<string> calls)
    {
        var property = (JProperty)map.First!;
        calls.Add(property.Name);
        return property.Name switch
        {
            "Ref" when property.Value is JValue { Type: JTokenType.String } name => new JObject { ["Ref"] = (string)name! + "Renamed" },
            "Fn::GetAtt" => new JObject { ["Fn::GetAtt"] = new JArray(new JObject { ["Ref"] = "Inner" }, property.Value.DeepClone()) },
            _ => map,
        };
    }
}
