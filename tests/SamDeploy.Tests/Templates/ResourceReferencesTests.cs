using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources;
using Xunit;

namespace SamDeploy.Tests.Templates;

public sealed class ResourceReferencesTests
{
    private static ResourceReferences Recorded()
    {
        var references = new ResourceReferences();
        references.Add("MyFunction", "Alias", "MyFunctionAliaslive");
        references.Add("MyFunction", "Version", "MyFunctionVersion640128d35d");
        return references;
    }

    [Fact]
    public void Sub_strings_naming_a_recorded_reference_are_rewritten_and_others_keep_their_token()
    {
        var output = JObject.Parse("""
            {
              "a": {"Fn::Sub": "arn:${AWS::Partition}:x/${MyFunction.Alias}/invocations"},
              "b": {"Fn::Sub": ["${Other.Arn}-${MyFunction.Version}", {"x": "${MyFunction.Alias}"}]},
              "c": {"Fn::Sub": "${Other.Arn} ${MyFunction.Arn} ${!MyFunction.Alias} ${ MyFunction.Alias}"},
              "d": {"Fn::Sub": "${MyFunctionX.Alias}${MyFunction}"},
              "e": {"Ref": "MyFunction.Alias"}
            }
            """);
        var untouched = new[] { output["c"]!["Fn::Sub"]!, output["d"]!["Fn::Sub"]! };

        Recorded().Resolve(output);

        output["a"]!["Fn::Sub"]!.Value<string>().Should().Be("arn:${AWS::Partition}:x/${MyFunctionAliaslive}/invocations");
        output["b"]!["Fn::Sub"]![0]!.Value<string>().Should().Be("${Other.Arn}-${MyFunctionVersion640128d35d}");
        output["b"]!["Fn::Sub"]![1]!["x"]!.Value<string>().Should().Be("${MyFunction.Alias}", "the variables map is not a Sub string");
        output["c"]!["Fn::Sub"].Should().BeSameAs(untouched[0]);
        output["d"]!["Fn::Sub"].Should().BeSameAs(untouched[1]);
        JToken.DeepEquals(output["e"], JObject.Parse("""{"Ref": "MyFunctionAliaslive"}""")).Should().BeTrue();
    }
}
