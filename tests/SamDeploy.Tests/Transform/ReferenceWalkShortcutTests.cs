using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources;
using SamDeploy.Transform;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform.Plugins;
using Xunit;

namespace SamDeploy.Tests.Transform;

/// <summary>
/// The walk that rewrites references such as <c>MyFunction.Alias</c> over the whole output is left out when nothing can
/// name one (<see cref="RecordedReferenceScan"/>). The test projects run it anyway and fail a transform it would have
/// changed (<see cref="TransformShortcuts.StrictSwitch"/>); these pin down the scan and the references the transform
/// makes itself.
/// </summary>
public sealed class ReferenceWalkShortcutTests
{
    private const string FunctionWithAlias = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  CodeUri: s3://bucket/key
                  AutoPublishAlias: live
            """;

    [Theory]
    [InlineData("Fn.Alias", true)]
    [InlineData("${Fn.Version}-x", true)]
    [InlineData("Alias", true)]
    [InlineData("Api.Stage.Name", true)]
    [InlineData("MyApi.DomainNameV2", true)]
    [InlineData("arn:${MyApi.ApiKey}", true)]
    [InlineData("FnAliaslive", false)]
    [InlineData("Aliases", false)]
    [InlineData("Fn.Arn", false)]
    [InlineData("MyApi.DomainNameV3", false)]
    [InlineData("${AWS::Region}-Stages", false)]
    [InlineData("", false)]
    [InlineData("xAlias", false)]
    [InlineData("9Stage", false)]
    [InlineData("Alias9", false)]
    [InlineData("StageStage", false)]
    [InlineData("AStage.Stages-Stage", true)]
    [InlineData("Deployments Deployment", true)]
    [InlineData("UsagePlanKeys/UsagePlanKey", true)]
    [InlineData("é-Version", true)]
    public void A_referable_property_counts_only_as_a_run_of_its_own(string text, bool mayName)
    {
        RecordedReferenceScan.HasPropertyRun(text).Should().Be(mayName);
    }

    [Fact]
    public void The_scan_reads_strings_in_maps_and_lists_but_not_keys()
    {
        RecordedReferenceScan.MayName(JObject.Parse("""{"Alias": {"a": [1, true, null, "x"]}}""")).Should().BeFalse();
        RecordedReferenceScan.MayName(JObject.Parse("""{"a": {"b": [1, {"Fn::GetAtt": ["Fn", "Version"]}]}}""")).Should().BeTrue();
        RecordedReferenceScan.MayName(JToken.Parse("\"Fn.Stage\"")).Should().BeTrue();
    }

    [Theory]
    [InlineData("Value: !Ref Fn.Alias", true)]
    [InlineData("Value: !GetAtt Fn.Alias.Arn", true)]
    [InlineData("Value: !GetAtt [Fn, Version]", true)]
    [InlineData("Value: !Sub \"${Fn.Version}-x\"", true)]
    [InlineData("Value: 'Api.Stage'", true)]
    [InlineData("Value: |\n    text with Stage in it", true)]
    [InlineData("A: &shared {x: Fn.Alias}\nB: *shared", true)]
    [InlineData("A: &base {x: Fn.Alias}\nB: {<<: *base, y: 1}", true)]
    [InlineData("Alias: {Version: [1, true, null, Stage1]}", false)]
    [InlineData("Value: !GetAtt Fn.Arn", false)]
    [InlineData("Value: !Ref Aliases", false)]
    [InlineData("Value: 12", false)]
    public void Reading_yaml_finds_out_what_the_scan_of_the_tree_would(string yaml, bool mayName)
    {
        var read = SamDeploy.Templates.Reading.TemplateReader.Read(yaml);

        read.Success.Should().BeTrue();
        read.MayNameReferences.Should().Be(mayName);
        RecordedReferenceScan.MayName(read.Template!).Should().Be(mayName);
    }

    [Fact]
    public void Reading_json_leaves_it_to_the_scan()
    {
        var read = SamDeploy.Templates.Reading.TemplateReader.Read("""{"Value": {"Ref": "Fn.Alias"}}""");

        read.MayNameReferences.Should().BeNull();
    }

    [CorpusFact]
    public void Reading_agrees_with_the_scan_on_every_corpus_input()
    {
        foreach (var file in Corpus.InputFiles())
        {
            var read = SamDeploy.Templates.Reading.TemplateReader.Read(File.ReadAllText(file), file);
            if (read.Template is null)
            {
                continue;
            }

            read.MayNameReferences.Should().Be(RecordedReferenceScan.MayName(read.Template), "reading {0} must find out what the scan finds", Path.GetFileName(file));
        }
    }

    [Fact]
    public void Every_property_recorded_is_one_the_scan_looks_for()
    {
        FluentActions.Invoking(() => new ResourceReferences().Add("Fn", "Arn", "FnArn")).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("AWS::Serverless::Api", "StageName: prod", "AWS::ApiGateway::BasePathMapping", "MyApiprodStage")]
    [InlineData("AWS::Serverless::HttpApi", "StageName: prod", "AWS::ApiGatewayV2::ApiMapping", "MyApiprodStage")]
    public void The_stage_an_api_domain_maps_is_rewritten_though_the_template_names_no_reference(string type, string stage, string mappingType, string stageId)
    {
        var template = $"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: {type}
                Properties:
                  {stage}
                  Domain:
                    DomainName: api.example.com
                    CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
            """;

        var result = new SamTransformer().Transform(template, "template.yaml");

        result.Success.Should().BeTrue(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var mapping = ((JObject)result.Template!["Resources"]!).PropertyValues().Single(r => (string?)r["Type"] == mappingType);
        mapping["Properties"]!["Stage"]!["Ref"]!.Value<string>().Should().Be(stageId);
    }

    [Fact]
    public void References_the_template_names_are_rewritten()
    {
        const string template = FunctionWithAlias + """

            Outputs:
              Alias:
                Value: !Ref Fn.Alias
              Version:
                Value: !Sub "${Fn.Version}"
            """;

        var result = new SamTransformer().Transform(template, "template.yaml");

        result.Success.Should().BeTrue();
        result.Template!["Outputs"]!["Alias"]!["Value"]!["Ref"]!.Value<string>().Should().Be("FnAliaslive");
        result.Template!["Outputs"]!["Version"]!["Value"]!["Fn::Sub"]!.Value<string>().Should().StartWith("${FnVersion");
    }

    [Fact]
    public void References_a_plugin_of_the_callers_writes_are_rewritten()
    {
        var result = new SamTransformer(plugins: [new AliasOutputPlugin()]).Transform(FunctionWithAlias, "template.yaml");

        result.Success.Should().BeTrue();
        result.Template!["Outputs"]!["Alias"]!["Value"]!["Ref"]!.Value<string>().Should().Be("FnAliaslive");
    }

    /// <summary>A plugin of the caller's that adds an output naming the function's alias the SAM way.</summary>
    private sealed class AliasOutputPlugin : ITemplatePlugin
    {
        public string Name => "AliasOutput";

        public void BeforeResources(TransformContext context)
        {
        }

        public void AfterResources(TransformContext context) =>
            context.Output["Outputs"] = new JObject { ["Alias"] = new JObject { ["Value"] = new JObject { ["Ref"] = "Fn.Alias" } } };
    }
}
