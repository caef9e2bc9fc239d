using System.Collections.Immutable;
using System.CommandLine;
using SamDeploy.Insights.Diff;

namespace SamDeploy.Cli;

/// <summary><c>samdeploy diff OLD NEW</c>: which functions a change redeploys through CodeDeploy, and which changes publish nothing.</summary>
internal sealed class DiffCommand : Command
{
    /// <summary>Examples shown at the end of <c>samdeploy diff --help</c>.</summary>
    public static readonly ImmutableArray<string> Examples =
    [
        "samdeploy diff deployed.yaml template.yaml",
        "git show HEAD~1:template.yaml > old.yaml && samdeploy diff old.yaml template.yaml --format json",
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    public DiffCommand(ICliEnvironment environment)
        : base("diff", "Show which functions get a new Version (and so a CodeDeploy deployment), which changes publish no version, and which CodeDeploy resources appear, disappear or change.")
    {
        ArgumentNullException.ThrowIfNull(environment);
        Arguments.Add(OldArgument);
        Arguments.Add(NewArgument);
        Options.Add(FormatOption);
        Options.Add(ParameterOption);
        Options.Add(RegionOption);
        SetAction(parseResult => Run(parseResult, environment));
    }

    /// <summary>The deployed template.</summary>
    public Argument<string> OldArgument { get; } = new("OLD") { Description = "The template as deployed now." };

    /// <summary>The new template.</summary>
    public Argument<string> NewArgument { get; } = new("NEW") { Description = "The template about to be deployed." };

    /// <summary><c>--format text|json</c>.</summary>
    public Option<string> FormatOption { get; } = CreateFormatOption();

    /// <summary><c>--parameter NAME=VALUE</c>, repeatable (used for both templates).</summary>
    public Option<string[]> ParameterOption { get; } = InsightOptions.Parameter();

    /// <summary><c>--region REGION</c>.</summary>
    public Option<string?> RegionOption { get; } = InsightOptions.Region();

    private int Run(ParseResult parseResult, ICliEnvironment environment)
    {
        var oldPath = parseResult.GetValue(OldArgument)!;
        var newPath = parseResult.GetValue(NewArgument)!;
        var options = InsightOptions.TransformOptions(parseResult.GetValue(ParameterOption), parseResult.GetValue(RegionOption), environment);
        var oldText = CliFiles.ReadText(oldPath, "template");
        var newText = CliFiles.ReadText(newPath, "template");
        var diff = TemplateDiffer.Diff(oldText, oldPath, newText, newPath, options);
        if (!diff.Success)
        {
            InsightOptions.PrintErrors(diff.Diagnostics, environment);
            return ExitCodes.InvalidTemplate;
        }

        var output = string.Equals(parseResult.GetValue(FormatOption), "json", StringComparison.Ordinal)
            ? TemplateDiffJsonWriter.Write(diff)
            : TemplateDiffTextWriter.Write(diff);
        InsightOptions.WriteResult(output, null, environment);
        return ExitCodes.Success;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "text (for a terminal) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
