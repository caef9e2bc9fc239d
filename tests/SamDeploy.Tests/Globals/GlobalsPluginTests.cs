using FluentAssertions;
using Newtonsoft.Json;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins;
using SamDeploy.Transform.Plugins.Globals;
using Xunit;

namespace SamDeploy.Tests.Globals;

public class GlobalsPluginTests
{
    // The reference runs its implicit API plugins before Globals (they create AWS::Serverless::Api resources that
    // Globals then apply to), so Globals comes right after them.
    [Fact]
    public void Globals_runs_after_the_implicit_api_plugins() =>
        TemplatePlugins.Default().Select(p => p.Name).Should().ContainInOrder("ImplicitRestApi", "Globals", "PolicyTemplates");

    [Fact]
    public void Globals_merge_into_every_resource_of_their_type_and_the_section_is_removed()
    {
        var context = PluginHarness.Run("""
            Globals:
              Function:
                Runtime: python3.11
                Environment:
                  Variables:
                    A: global
                    B: global
                Layers: [global-layer]
              Api:
                Name: shared
            Resources:
              One:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: nodejs20.x
                  Environment:
                    Variables:
                      B: local
                  Layers: [local-layer]
              Two:
                Type: AWS::Serverless::Function
              Rest:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
            """);

        context.Template.ContainsKey("Globals").Should().BeFalse();
        Json(context, "One").Should().Be(
            "{\"Runtime\":\"nodejs20.x\",\"Environment\":{\"Variables\":{\"A\":\"global\",\"B\":\"local\"}},\"Layers\":[\"global-layer\",\"local-layer\"]}");
        Json(context, "Two").Should().Be(
            "{\"Runtime\":\"python3.11\",\"Environment\":{\"Variables\":{\"A\":\"global\",\"B\":\"global\"}},\"Layers\":[\"global-layer\"]}");
        Json(context, "Rest").Should().Be("{\"Name\":\"shared\",\"StageName\":\"prod\"}");
    }

    [Fact]
    public void Resources_do_not_share_global_nodes()
    {
        var context = PluginHarness.Run("""
            Globals:
              Function:
                Environment: { Variables: { A: x } }
            Resources:
              One: { Type: AWS::Serverless::Function }
              Two: { Type: AWS::Serverless::Function }
            """);

        context.Resources["One"]!["Properties"]!["Environment"]!["Variables"]!["A"] = "changed";
        context.Resources["Two"]!["Properties"]!["Environment"]!["Variables"]!["A"]!.ToString().Should().Be("x");
    }

    [Fact]
    public void Sam_resources_without_properties_get_an_empty_map_even_without_globals()
    {
        var context = PluginHarness.Run("""
            Resources:
              Table: { Type: AWS::Serverless::SimpleTable }
              Link: { Type: AWS::Serverless::Connector }
              Bucket: { Type: AWS::S3::Bucket }
            """);

        Json(context, "Table").Should().Be("{}");
        context.Resources["Link"]!["Properties"].Should().BeNull();
        context.Resources["Bucket"]!["Properties"].Should().BeNull();
    }

    [Fact]
    public void Other_resources_are_left_alone()
    {
        var context = PluginHarness.Run("""
            Globals:
              Function: { Runtime: python3.11 }
            Resources:
              Plain:
                Type: AWS::Lambda::Function
                Properties: { Handler: x }
            """);

        Json(context, "Plain").Should().Be("{\"Handler\":\"x\"}");
    }

    [Fact]
    public void An_empty_globals_map_is_removed_and_changes_nothing()
    {
        var context = PluginHarness.Run("Globals: {}\nResources:\n  Fn: { Type: AWS::Serverless::Function, Properties: { Runtime: x } }\n");
        context.Template.ContainsKey("Globals").Should().BeFalse();
        Json(context, "Fn").Should().Be("{\"Runtime\":\"x\"}");
    }

    [Fact]
    public void The_parsed_section_is_kept_for_later_plugins()
    {
        var context = PluginHarness.Run("Globals:\n  Function: { Tags: { A: b } }\nResources:\n  Fn: { Type: AWS::Serverless::Function }\n");
        context.State<AppliedGlobals>().Section.PropertiesFor("AWS::Serverless::Function")!.ToString(Formatting.None)
            .Should().Be("{\"Tags\":{\"A\":\"b\"}}");
    }

    [Fact]
    public void Errors_point_at_the_offending_node()
    {
        var act = () => PluginHarness.Run("Globals:\n  Function:\n    Nope: 1\nResources:\n  Fn: { Type: AWS::Serverless::Function }\n");
        var diagnostic = act.Should().Throw<SamTemplateException>().Which.Diagnostics.Single();
        diagnostic.Span.Should().NotBeNull();
        diagnostic.Span!.Line.Should().Be(3);
    }

    [Theory]
    [InlineData("3.0", "3.0")]
    [InlineData("'3.0'", "3.0")]
    [InlineData("3.1", "3.1")]
    [InlineData("'3.0.1'", "3.0.1")]
    public void A_managed_api_takes_a_3x_openapi_version_from_globals(string version, string expected)
    {
        var context = PluginHarness.Run($$"""
            Globals:
              Api:
                OpenApiVersion: {{version}}
            Resources:
              ServerlessRestApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  __MANAGE_SWAGGER: true
                  DefinitionBody:
                    swagger: '2.0'
                    paths: {}
            """);

        Json(context, "ServerlessRestApi").Should().Be(
            $"{{\"OpenApiVersion\":\"{expected}\",\"StageName\":\"Prod\",\"__MANAGE_SWAGGER\":true,\"DefinitionBody\":{{\"paths\":{{}},\"openapi\":\"{expected}\"}}}}");
    }

    [Theory]
    [InlineData("2.0", true)]
    [InlineData("'3'", true)]
    [InlineData("'3.0.0.1'", true)]
    [InlineData("'3.0'", false)]
    public void The_openapi_fix_needs_a_3x_version_and_a_managed_document(string version, bool managed)
    {
        var flag = managed ? "      __MANAGE_SWAGGER: true\n" : string.Empty;
        var context = PluginHarness.Run(
            "Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n"
            + $"      OpenApiVersion: {version}\n{flag}      DefinitionBody: {{ swagger: '2.0' }}\n");

        context.Resources["Api"]!["Properties"]!["DefinitionBody"]!.ToString(Formatting.None).Should().Be("{\"swagger\":\"2.0\"}");
    }

    private static string Json(TransformContext context, string logicalId) =>
        context.Resources[logicalId]!["Properties"]!.ToString(Formatting.None);
}
