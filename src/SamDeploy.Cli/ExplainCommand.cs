using System.Collections.Immutable;
using System.CommandLine;
using SamDeploy.Insights.Rollout;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary><c>samdeploy explain TEMPLATE</c>: the rollout plan of every function with an enabled DeploymentPreference.</summary>
internal sealed class ExplainCommand : Command
{
    /// <summary>Examples shown at the end of <c>samdeploy explain --help</c>.</summary>
    public static readonly ImmutableArray<string> Examples =
    [
        "samdeploy explain template.yaml",
        "samdeploy explain template.yaml --format json",
        "samdeploy explain template.yaml --format svg --output rollout.svg",
        "samdeploy explain template.yaml --parameter RolloutType=Canary10Percent10Minutes",
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    public ExplainCommand(ICliEnvironment environment)
        : base("explain", "Explain what CodeDeploy does when each function gets a new version: hooks, traffic steps, bake time, alarms, rollback and worst-case duration.")
    {
        ArgumentNullException.ThrowIfNull(environment);
        Arguments.Add(TemplateArgument);
        Options.Add(FormatOption);
        Options.Add(OutputOption);
        Options.Add(ParameterOption);
        Options.Add(RegionOption);
        SetAction(parseResult => Run(parseResult, environment));
    }

    /// <summary>The template file.</summary>
    public Argument<string> TemplateArgument { get; } = new("TEMPLATE") { Description = "The SAM template (YAML or JSON)." };

    /// <summary><c>--format table|json|svg</c>.</summary>
    public Option<string> FormatOption { get; } = CreateFormatOption();

    /// <summary><c>--output FILE</c>.</summary>
    public Option<string?> OutputOption { get; } = new("--output", "-o")
    {
        Description = "Write the result to FILE instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary><c>--parameter NAME=VALUE</c>, repeatable.</summary>
    public Option<string[]> ParameterOption { get; } = InsightOptions.Parameter();

    /// <summary><c>--region REGION</c>.</summary>
    public Option<string?> RegionOption { get; } = InsightOptions.Region();

    private int Run(ParseResult parseResult, ICliEnvironment environment)
    {
        var path = parseResult.GetValue(TemplateArgument)!;
        var options = InsightOptions.TransformOptions(parseResult.GetValue(ParameterOption), parseResult.GetValue(RegionOption), environment);
        var report = RolloutExplainer.Explain(CliFiles.ReadText(path, "template"), path, options);
        if (!report.Success)
        {
            InsightOptions.PrintErrors(report.Diagnostics, environment);
            return ExitCodes.InvalidTemplate;
        }

        var output = parseResult.GetValue(FormatOption) switch
        {
            "json" => RolloutJsonWriter.Write(report.Plans),
            "svg" => RolloutSvgWriter.Write(report.Plans),
            _ => RolloutTextWriter.Write(report.Plans),
        };
        InsightOptions.WriteResult(output, parseResult.GetValue(OutputOption), environment);
        return ExitCodes.Success;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "table (for a terminal), json (for tools: each function's steps with minute and percent) or svg (a chart of traffic share over time).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json", "svg");
        return option;
    }
}
