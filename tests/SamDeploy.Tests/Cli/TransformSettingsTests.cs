using System.Collections.Immutable;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Cli;
using SamDeploy.Templates.Writing;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary>How the command line and the environment become <see cref="TransformRequest"/>s and transform options.</summary>
public sealed class TransformSettingsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Region_defaults_to_us_east_1_in_partition_aws()
    {
        var options = Request(CliRun.NoEnvironment).Options;

        options.Region.Should().Be("us-east-1");
        options.EffectivePartition.Should().Be("aws");
    }

    [Fact]
    public void Region_comes_from_AWS_REGION_before_AWS_DEFAULT_REGION()
    {
        var env = Env(("AWS_REGION", "cn-north-1"), ("AWS_DEFAULT_REGION", "eu-west-1"));

        var options = Request(env).Options;

        options.Region.Should().Be("cn-north-1");
        options.EffectivePartition.Should().Be("aws-cn");
    }

    [Fact]
    public void Region_comes_from_AWS_DEFAULT_REGION_when_AWS_REGION_is_unset_or_empty()
    {
        var env = Env(("AWS_REGION", string.Empty), ("AWS_DEFAULT_REGION", "us-gov-west-1"));

        var options = Request(env).Options;

        options.Region.Should().Be("us-gov-west-1");
        options.EffectivePartition.Should().Be("aws-us-gov");
    }

    [Fact]
    public void Region_option_beats_the_environment()
    {
        var options = Request(Env(("AWS_REGION", "cn-north-1")), "--region", "eu-central-1").Options;

        options.Region.Should().Be("eu-central-1");
        options.EffectivePartition.Should().Be("aws");
    }

    [Fact]
    public void Partition_option_beats_the_region()
    {
        var options = Request(Env(("AWS_REGION", "eu-west-1")), "--partition", "aws-cn").Options;

        options.Region.Should().Be("eu-west-1");
        options.EffectivePartition.Should().Be("aws-cn");
    }

    [Theory]
    [InlineData("CN-NORTH-1", "aws-cn")]
    [InlineData("US-GOV-WEST-1", "aws-us-gov")]
    [InlineData("us-\u0130so-east-1", "aws")]   // Python lower-cases the dotted capital I to i and a combining dot
    [InlineData("us-\u0131so-east-1", "aws")]   // and keeps the dotless i
    public void The_partition_follows_the_region_lower_cased_as_Python_does(string region, string partition) =>
        new SamDeploy.Transform.TransformOptions { Region = region }.EffectivePartition.Should().Be(partition);

    [Fact]
    public void Parameters_are_strings_split_at_the_first_equals_sign()
    {
        var options = Request(CliRun.NoEnvironment, "--parameter", "Url=https://x/?a=b", "-p", "Empty=", "-p", "Stage=dev", "-p", "Stage=prod").Options;

        options.ParameterValues.Should().HaveCount(3);
        options.ParameterValues["Url"].Should().BeEquivalentTo(new JValue("https://x/?a=b"));
        options.ParameterValues["Empty"].Should().BeEquivalentTo(new JValue(string.Empty));
        options.ParameterValues["Stage"].Should().BeEquivalentTo(new JValue("prod"));
    }

    [Fact]
    public void Managed_policy_map_is_loaded_from_json()
    {
        var map = _temp.Write("policies.json", """{"AWSLambdaRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaRole"}""");

        var options = Request(CliRun.NoEnvironment, "--managed-policy-map", map).Options;

        options.ManagedPolicyMap.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["AWSLambdaRole"] = "arn:aws:iam::aws:policy/service-role/AWSLambdaRole",
        });
    }

    [Theory]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"A\": 1}", "the value of 'A' is integer")]
    [InlineData("{\"A\": ", "is not valid JSON")]
    [InlineData("{\"A\": \"x\", \"A\": \"y\"}", "is not valid JSON")]
    public void Invalid_managed_policy_map_exits_2(string json, string expected)
    {
        var map = _temp.Write("policies.json", json);
        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, "--managed-policy-map", map);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(expected).And.NotContain("   at ");
    }

    [Fact]
    public void Missing_managed_policy_map_exits_2()
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of("transform", template, "--managed-policy-map", _temp.Combine("none.json"));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("none.json");
    }

    [Fact]
    public void Format_defaults_to_json_and_one_template_goes_to_stdout()
    {
        var request = Request(CliRun.NoEnvironment);

        request.Format.Should().Be(TemplateFormat.Json);
        request.Destinations.Should().Equal([null]);
    }

    [Fact]
    public void Env_region_reaches_the_transform_through_the_whole_run()
    {
        // A template that passes through shows the run succeeds with an environment region set.
        var template = _temp.Write("template.yaml", CliTemplates.Plain);

        var run = CliRun.Of(Env(("AWS_REGION", "cn-north-1")), "transform", template);

        run.ExitCode.Should().Be(0);
    }

    private static IReadOnlyDictionary<string, string?> Env(params (string Name, string? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private TransformRequest Request(IReadOnlyDictionary<string, string?> env, params string[] options)
    {
        var template = _temp.Write("template.yaml", CliTemplates.Plain);
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var environment = new InMemoryCliEnvironment(stdout, stderr, env);
        var root = new SamDeployRootCommand(environment);
        var parseResult = root.Parse(["transform", template, .. options]);
        parseResult.Errors.Should().BeEmpty();
        var command = (TransformCommand)parseResult.CommandResult.Command;
        return command.CreateRequest(parseResult, environment);
    }
}
