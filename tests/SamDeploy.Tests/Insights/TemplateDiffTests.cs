using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Insights.Diff;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>Diff on pairs of templates: new versions, changes that publish nothing, and CodeDeploy resources.</summary>
public class TemplateDiffTests
{
    private static string Template(string properties = "", string preference = "      DeploymentPreference:\n        Type: Canary10Percent5Minutes\n", string codeUri = "s3://bucket/fn-1.zip", string extra = "") =>
        "Transform: AWS::Serverless-2016-10-31\nResources:\n"
        + "  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        + "      CodeUri: " + codeUri + "\n      Handler: index.handler\n      Runtime: python3.12\n      AutoPublishAlias: live\n"
        + properties + preference + extra;

    [Fact]
    public void New_code_publishes_a_version_that_CodeDeploy_shifts()
    {
        var diff = Diff(Template(), Template(codeUri: "s3://bucket/fn-2.zip"));

        var change = diff.Functions.Single();
        change.Kind.Should().Be(FunctionChangeKind.NewVersion);
        change.OldVersionLogicalId.Should().StartWith("FnVersion").And.NotBe(change.NewVersionLogicalId);
        change.CodeDeployType.Should().Be("Canary10Percent5Minutes");
        change.ChangedProperties.Should().Equal("Code");
        diff.CodeDeploy.Should().BeEmpty();
        TemplateDiffTextWriter.Write(diff).Should().Contain("Functions that publish a new version:\n  Fn: FnVersion").And.Contain("CodeDeploy shifts the alias (Canary10Percent5Minutes); changed: Code");
    }

    [Fact]
    public void A_change_outside_the_version_hash_publishes_nothing()
    {
        var diff = Diff(Template("      Timeout: 3\n"), Template("      Timeout: 30\n"));

        var change = diff.Functions.Single();
        change.Kind.Should().Be(FunctionChangeKind.NotPublished);
        change.ChangedProperties.Should().Equal("Timeout");
        change.OldVersionLogicalId.Should().Be(change.NewVersionLogicalId);
        TemplateDiffTextWriter.Write(diff).Should().Contain("Changes that publish no version (the alias keeps serving the old version):\n  Fn: Timeout changed, outside the version hash; set AutoPublishAliasAllProperties: true");
    }

    [Fact]
    public void With_AutoPublishAliasAllProperties_the_same_change_publishes_a_version()
    {
        var diff = Diff(Template("      AutoPublishAliasAllProperties: true\n      Timeout: 3\n"), Template("      AutoPublishAliasAllProperties: true\n      Timeout: 30\n"));

        diff.Functions.Single().Kind.Should().Be(FunctionChangeKind.NewVersion);
    }

    [Fact]
    public void Environment_and_memory_are_in_the_hash_and_without_a_preference_the_alias_moves_at_once()
    {
        var diff = Diff(Template("      MemorySize: 128\n", preference: string.Empty), Template("      MemorySize: 256\n", preference: string.Empty));

        var change = diff.Functions.Single();
        change.Kind.Should().Be(FunctionChangeKind.NewVersion);
        change.CodeDeployType.Should().BeNull();
        TemplateDiffTextWriter.Write(diff).Should().Contain("the alias moves to it at once, without CodeDeploy");
    }

    [Fact]
    public void A_function_without_an_alias_is_updated_in_place()
    {
        static string Plain(int timeout) => "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/k.zip\n      Handler: h.h\n      Runtime: python3.12\n      Timeout: " + timeout + "\n";

        var change = Diff(Plain(3), Plain(9)).Functions.Single();

        change.Kind.Should().Be(FunctionChangeKind.UpdatedInPlace);
        change.ChangedProperties.Should().Equal("Timeout");
    }

    [Fact]
    public void Turning_a_preference_on_adds_the_stack_wide_CodeDeploy_resources()
    {
        var diff = Diff(Template(preference: string.Empty), Template());

        diff.Functions.Single().Kind.Should().Be(FunctionChangeKind.Unchanged);
        diff.CodeDeploy.Select(c => (c.LogicalId, c.Kind)).Should().BeEquivalentTo(new[]
        {
            ("FnAliaslive", ResourceChangeKind.Modified),
            ("ServerlessDeploymentApplication", ResourceChangeKind.Added),
            ("CodeDeployServiceRole", ResourceChangeKind.Added),
            ("FnDeploymentGroup", ResourceChangeKind.Added),
        });
        diff.CodeDeploy.Single(c => c.LogicalId == "FnAliaslive").ChangedParts.Should().Equal("UpdatePolicy");
    }

    [Fact]
    public void Turning_it_off_removes_them()
    {
        var diff = Diff(Template(), Template(preference: string.Empty));

        diff.CodeDeploy.Where(c => c.Kind == ResourceChangeKind.Removed).Select(c => c.LogicalId)
            .Should().BeEquivalentTo("ServerlessDeploymentApplication", "CodeDeployServiceRole", "FnDeploymentGroup");
        TemplateDiffTextWriter.Write(diff).Should().Contain("- FnDeploymentGroup (AWS::CodeDeploy::DeploymentGroup)");
    }

    [Fact]
    public void Changing_the_type_modifies_the_deployment_group()
    {
        var diff = Diff(Template(), Template(preference: "      DeploymentPreference:\n        Type: Linear10PercentEvery1Minute\n"));

        diff.Functions.Single().Kind.Should().Be(FunctionChangeKind.Unchanged);
        var group = diff.CodeDeploy.Single();
        group.LogicalId.Should().Be("FnDeploymentGroup");
        group.ChangedParts.Should().Equal("DeploymentConfigName");
    }

    [Fact]
    public void A_custom_DeploymentConfig_change_is_a_CodeDeploy_change()
    {
        static string WithConfig(int percent) => Template(
            preference: "      DeploymentPreference:\n        Type: !Ref Custom\n",
            extra: "  Custom:\n    Type: AWS::CodeDeploy::DeploymentConfig\n    Properties:\n      ComputePlatform: Lambda\n      TrafficRoutingConfig:\n        Type: TimeBasedCanary\n        TimeBasedCanary:\n          CanaryPercentage: " + percent + "\n          CanaryInterval: 5\n");

        var change = Diff(WithConfig(10), WithConfig(20)).CodeDeploy.Single();

        change.Should().BeEquivalentTo(new ResourceChange("Custom", "AWS::CodeDeploy::DeploymentConfig", ResourceChangeKind.Modified, ["TrafficRoutingConfig"]));
    }

    [Fact]
    public void Added_and_removed_functions()
    {
        var second = "  Other:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/o.zip\n      Handler: h.h\n      Runtime: python3.12\n";

        Diff(Template(), Template(extra: second)).Functions.Select(f => (f.FunctionLogicalId, f.Kind))
            .Should().Equal(("Fn", FunctionChangeKind.Unchanged), ("Other", FunctionChangeKind.Added));
        Diff(Template(extra: second), Template()).Functions.Select(f => (f.FunctionLogicalId, f.Kind))
            .Should().Equal(("Fn", FunctionChangeKind.Unchanged), ("Other", FunctionChangeKind.Removed));
    }

    [Fact]
    public void Identical_templates_have_no_changes()
    {
        var diff = Diff(Template(), Template());

        TemplateDiffTextWriter.Write(diff).Should().Be("No function or CodeDeploy resource changes.\n");
        JObject.Parse(TemplateDiffJsonWriter.Write(diff)).ToString(Newtonsoft.Json.Formatting.None).Should().Be("{\"functions\":[],\"codeDeploy\":[]}");
    }

    [Fact]
    public void The_JSON_names_each_change()
    {
        var json = JObject.Parse(TemplateDiffJsonWriter.Write(Diff(Template(), Template(codeUri: "s3://bucket/fn-2.zip"))));

        json["functions"]![0]!["change"]!.Value<string>().Should().Be("newVersion");
        json["functions"]![0]!["codeDeployType"]!.Value<string>().Should().Be("Canary10Percent5Minutes");
    }

    [Fact]
    public void An_invalid_template_gives_its_errors()
    {
        var diff = TemplateDiffer.Diff(Template(), "old.yaml", Template(preference: "      DeploymentPreference:\n        Hooks: {}\n"), "new.yaml");

        diff.Success.Should().BeFalse();
        diff.Diagnostics.Should().ContainSingle().Which.FullMessage.Should().Contain("missing required Property 'Type'");
    }

    private static TemplateDiff Diff(string before, string after)
    {
        var diff = TemplateDiffer.Diff(before, "old.yaml", after, "new.yaml");
        diff.Success.Should().BeTrue(string.Join("\n", diff.Diagnostics));
        return diff;
    }
}
