using FluentAssertions;
using SamDeploy.Cli;
using SamDeploy.Templates.Writing;
using Xunit;

namespace SamDeploy.Tests.Cli;

public sealed class OutputDestinationsTests
{
    [Fact]
    public void Output_dir_names_each_result_after_its_template()
    {
        var plan = OutputDestinations.Plan(["a/one.yaml", "b/two.template.yml"], null, "out", TemplateFormat.Json);

        plan.Should().Equal(Path.Combine("out", "one.json"), Path.Combine("out", "two.template.json"));
    }

    [Fact]
    public void Output_file_is_used_as_given()
    {
        OutputDestinations.Plan(["one.yaml"], "x.json", null, TemplateFormat.Yaml).Should().Equal("x.json");
    }

    [Fact]
    public void Empty_output_is_a_usage_error()
    {
        var plan = () => OutputDestinations.Plan(["one.yaml"], string.Empty, null, TemplateFormat.Json);

        plan.Should().Throw<UsageException>();
    }
}
