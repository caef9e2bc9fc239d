using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SamDeploy.Insights.Rollout;

/// <summary>
/// Draws rollout plans as an SVG chart of the share of traffic on the new version over time: one stepped line per
/// function, axes in minutes and percent, and a legend. Deterministic: the same plans give the same bytes (no
/// timestamps, no random ids). Lines that coincide stay visible: each is drawn thinner and with its own dash pattern.
/// </summary>
public static class RolloutSvgWriter
{
    private const double Width = 940;
    private const double Height = 460;
    private const double Left = 72;
    private const double Top = 56;
    private const double PlotWidth = 520;
    private const double PlotHeight = 340;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
    private static readonly string[] Colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
    private static readonly string[] Dashes = ["none", "10 5", "4 4", "12 4 3 4", "2 3", "16 6"];

    /// <summary>Draws the plans.</summary>
    /// <param name="plans">The plans; those whose configuration is known only at deploy time appear in the legend without a line.</param>
    /// <returns>The SVG document, ending with a newline.</returns>
    public static string Write(IReadOnlyList<RolloutPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var known = plans.Where(p => !p.Steps.IsEmpty).ToList();
        var lastMinute = known.Count == 0 ? 0 : known.Max(p => p.Steps[^1].Minute);
        var tick = TickStep(lastMinute);
        var xMax = (Math.Floor((lastMinute + Math.Max(1, lastMinute * 0.1)) / tick) + 1) * tick;

        var svg = new XElement(
            Svg + "svg",
            new XAttribute("width", Number(Width)),
            new XAttribute("height", Number(Height)),
            new XAttribute("viewBox", "0 0 " + Number(Width) + " " + Number(Height)),
            new XAttribute("font-family", "DejaVu Sans, Arial, sans-serif"),
            new XAttribute("font-size", "13"),
            new XElement(Svg + "title", "Traffic on the new version during deployment"),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(Left, 30, "Traffic on the new version during a CodeDeploy deployment", ("font-size", "17"), ("font-weight", "bold")));

        var grid = new XElement(Svg + "g", new XAttribute("class", "grid"));
        var axes = new XElement(Svg + "g", new XAttribute("class", "axes"));
        axes.Add(Line(Left, Top + PlotHeight, Left + PlotWidth, Top + PlotHeight, "#333333", "x-axis"));
        axes.Add(Line(Left, Top, Left, Top + PlotHeight, "#333333", "y-axis"));
        for (var percent = 0; percent <= 100; percent += 25)
        {
            var y = Y(percent);
            grid.Add(Line(Left, y, Left + PlotWidth, y, "#dddddd", "grid-y"));
            axes.Add(Text(Left - 8, y + 4, percent.ToString(CultureInfo.InvariantCulture) + "%", ("text-anchor", "end")));
        }

        for (var minute = 0.0; minute <= xMax + 1e-9; minute += tick)
        {
            var x = X(minute, xMax);
            grid.Add(Line(x, Top, x, Top + PlotHeight, "#eeeeee", "grid-x"));
            axes.Add(Text(x, Top + PlotHeight + 18, Number(minute), ("text-anchor", "middle")));
        }

        axes.Add(Text(Left + (PlotWidth / 2), Top + PlotHeight + 42, "minutes from deployment start", ("text-anchor", "middle")));
        axes.Add(Text(18, Top + (PlotHeight / 2), "traffic on the new version", ("text-anchor", "middle"), ("transform", "rotate(-90 18 " + Number(Top + (PlotHeight / 2)) + ")")));
        svg.Add(grid);
        svg.Add(axes);

        var lines = new XElement(Svg + "g", new XAttribute("class", "rollouts"), new XAttribute("fill", "none"));
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        var legendX = Left + PlotWidth + 30;
        var legendY = Top + 8;
        legend.Add(Text(legendX, legendY, "Functions", ("font-weight", "bold")));
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var style = known.IndexOf(plan);
            var rowY = legendY + 26 + (i * 56);
            if (style >= 0)
            {
                lines.Add(new XElement(
                    Svg + "polyline",
                    new XAttribute("class", "rollout"),
                    new XAttribute("data-function", plan.FunctionLogicalId),
                    new XAttribute("points", Points(plan, xMax)),
                    Stroke(style, known.Count)));
                legend.Add(new XElement(
                    Svg + "line",
                    new XAttribute("x1", Number(legendX)),
                    new XAttribute("y1", Number(rowY - 4)),
                    new XAttribute("x2", Number(legendX + 34)),
                    new XAttribute("y2", Number(rowY - 4)),
                    Stroke(style, known.Count)));
            }

            legend.Add(Text(legendX + 42, rowY, plan.FunctionLogicalId, ("data-function", plan.FunctionLogicalId)));
            var (first, second) = Caption(plan);
            var colour = style >= 0 ? "#555555" : "#aa0000";
            legend.Add(Text(legendX + 42, rowY + 16, first, ("font-size", "11"), ("fill", colour)));
            legend.Add(Text(legendX + 42, rowY + 30, second, ("font-size", "11"), ("fill", colour)));
        }

        var noteY = Top + PlotHeight + 18;
        legend.Add(Text(legendX, noteY, "Minute 0: the deployment starts; a", ("font-size", "11"), ("fill", "#777777")));
        legend.Add(Text(legendX, noteY + 14, "PreTraffic hook is drawn as reporting at once.", ("font-size", "11"), ("fill", "#777777")));
        if (plans.Count == 0)
        {
            legend.Add(Text(legendX, legendY + 24, "No function has an enabled", ("fill", "#555555")));
            legend.Add(Text(legendX, legendY + 40, "DeploymentPreference.", ("fill", "#555555")));
        }

        svg.Add(lines);
        svg.Add(legend);
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(output, CultureInfo.InvariantCulture), settings))
        {
            new XDocument(svg).Save(writer);
        }

        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static (string First, string Second) Caption(RolloutPlan plan)
    {
        var config = plan.DeploymentType.Config;
        if (config is null)
        {
            return ("Type " + plan.DeploymentType.Display, "known only at deploy time: no line");
        }

        var name = config.IsPredefined ? config.Name : config.Name + " (custom)";
        var shift = config.Kind switch
        {
            _ when config.Percentage is <= 0 or >= 100 || config.Kind == TrafficShiftKind.AllAtOnce => "100% at minute 0",
            TrafficShiftKind.Canary => string.Create(CultureInfo.InvariantCulture, $"{config.Percentage}% for {config.IntervalMinutes} min, then 100% at minute {plan.ShiftMinutes}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"+{config.Percentage}% every {config.IntervalMinutes} min, 100% at minute {plan.ShiftMinutes}"),
        };
        return (name, shift);
    }

    private static IEnumerable<XAttribute> Stroke(int index, int count)
    {
        yield return new XAttribute("stroke", Colours[index % Colours.Length]);
        yield return new XAttribute("stroke-width", Number(2.5 + (2 * (count - 1 - index))));
        var dash = Dashes[index % Dashes.Length];
        if (!string.Equals(dash, "none", StringComparison.Ordinal))
        {
            yield return new XAttribute("stroke-dasharray", dash);
        }

        yield return new XAttribute("stroke-linejoin", "round");
    }

    private static string Points(RolloutPlan plan, double xMax)
    {
        var points = new List<string> { Point(0, 0, xMax) };
        var percent = 0;
        foreach (var step in plan.Steps)
        {
            points.Add(Point(step.Minute, percent, xMax));
            points.Add(Point(step.Minute, step.Percent, xMax));
            percent = step.Percent;
        }

        points.Add(Point(xMax, percent, xMax));
        return string.Join(" ", points.Distinct(StringComparer.Ordinal));
    }

    private static string Point(double minute, int percent, double xMax) => Number(X(minute, xMax)) + "," + Number(Y(percent));

    private static double X(double minute, double xMax) => Left + (minute / xMax * PlotWidth);

    private static double Y(int percent) => Top + PlotHeight - (percent / 100.0 * PlotHeight);

    private static double TickStep(int lastMinute)
    {
        foreach (var step in (ReadOnlySpan<double>)[1, 2, 5, 10, 15, 30, 60, 120])
        {
            if ((lastMinute + 1) / step <= 10)
            {
                return step;
            }
        }

        return 240;
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke, string cssClass) =>
        new(
            Svg + "line",
            new XAttribute("class", cssClass),
            new XAttribute("x1", Number(x1)),
            new XAttribute("y1", Number(y1)),
            new XAttribute("x2", Number(x2)),
            new XAttribute("y2", Number(y2)),
            new XAttribute("stroke", stroke));

    private static XElement Text(double x, double y, string content, params (string Name, string Value)[] attributes)
    {
        var text = new XElement(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), content);
        foreach (var (name, value) in attributes)
        {
            text.Add(new XAttribute(name, value));
        }

        return text;
    }

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
