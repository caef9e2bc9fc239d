using System.Globalization;
using System.Xml.Linq;
using FluentAssertions;
using SamDeploy.Insights.Rollout;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>The SVG chart of the three-function sample, checked by its structure.</summary>
public class RolloutSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static string SamplePath => Path.Combine(Corpus.RepositoryRoot, "samples", "rollout-three-functions", "template.yaml");

    internal static string SampleSvg()
    {
        var report = RolloutExplainer.Explain(File.ReadAllText(SamplePath), SamplePath);
        report.Success.Should().BeTrue();
        return RolloutSvgWriter.Write(report.Plans);
    }

    [Fact]
    public void The_chart_has_one_line_per_function_a_legend_and_axes()
    {
        var root = XDocument.Parse(SampleSvg()).Root!;

        root.Name.Should().Be(Svg + "svg");
        root.Attribute("viewBox")!.Value.Should().Be("0 0 940 460");
        var lines = root.Descendants(Svg + "polyline").ToList();
        lines.Select(l => l.Attribute("data-function")!.Value).Should().Equal("CheckoutFunction", "SearchFunction", "PaymentsFunction");
        lines.Select(l => l.Attribute("stroke")!.Value).Should().OnlyHaveUniqueItems();
        var legend = root.Elements(Svg + "g").Single(g => g.Attribute("class")?.Value == "legend");
        legend.Elements(Svg + "text").Select(t => t.Value).Should().Contain(["CheckoutFunction", "SearchFunction", "PaymentsFunction", "Canary10Percent10Minutes", "PaymentsRollout (custom)", "+20% every 3 min, 100% at minute 12"]);
        var axes = root.Elements(Svg + "g").Single(g => g.Attribute("class")?.Value == "axes");
        axes.Elements(Svg + "line").Select(l => l.Attribute("class")!.Value).Should().Equal("x-axis", "y-axis");
        axes.Elements(Svg + "text").Select(t => t.Value).Should().Contain(["0%", "50%", "100%", "0", "10", "18", "minutes from deployment start", "traffic on the new version"]);
    }

    [Fact]
    public void Each_line_rises_in_steps_from_0_to_100_percent()
    {
        var root = XDocument.Parse(SampleSvg()).Root!;
        var baseline = Y(root, "0%");
        var top = Y(root, "100%");

        foreach (var line in root.Descendants(Svg + "polyline"))
        {
            var points = line.Attribute("points")!.Value.Split(' ')
                .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
                .ToList();
            points[0][1].Should().Be(baseline);
            points[^1][1].Should().Be(top);
            points.Zip(points.Skip(1)).Should().OnlyContain(pair => pair.Second[0] >= pair.First[0] && pair.Second[1] <= pair.First[1], "time moves forward and traffic only rises");
        }
    }

    [Fact]
    public void The_payments_line_has_the_custom_configuration_s_five_steps()
    {
        var root = XDocument.Parse(SampleSvg()).Root!;
        var payments = root.Descendants(Svg + "polyline").Single(l => l.Attribute("data-function")!.Value == "PaymentsFunction");

        // (0,0), then up and across for 20, 40, 60, 80, 100 percent, then on to the right edge.
        payments.Attribute("points")!.Value.Split(' ').Should().HaveCount(1 + 1 + (4 * 2) + 1);
    }

    [Fact]
    public void The_chart_is_deterministic()
    {
        var svg = SampleSvg();

        SampleSvg().Should().Be(svg);
        svg.Should().NotContainAny("id=\"", DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_function_whose_type_is_known_only_at_deploy_time_is_in_the_legend_without_a_line()
    {
        var plans = TimelineTests.Explain(InsightTemplates.WithPreference("Type: !ImportValue shared-rollout"));

        var root = XDocument.Parse(RolloutSvgWriter.Write(plans)).Root!;

        root.Descendants(Svg + "polyline").Should().BeEmpty();
        root.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("known only at deploy time: no line");
    }

    private static double Y(XElement root, string label) =>
        double.Parse(root.Descendants(Svg + "text").First(t => t.Value == label).Attribute("y")!.Value, CultureInfo.InvariantCulture) - 4;
}
