using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Lint;

namespace SamDeploy.Cli;

/// <summary><c>samdeploy lint TEMPLATE</c>: warnings for what the transform accepts silently but that fails or misbehaves at deploy time.</summary>
internal sealed class LintCommand : Command
{
    /// <summary>Examples shown at the end of <c>samdeploy lint --help</c>.</summary>
    public static readonly ImmutableArray<string> Examples =
    [
        "samdeploy lint template.yaml",
        "samdeploy lint template.yaml --strict",
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    public LintCommand(ICliEnvironment environment)
        : base("lint", "Warn about deployment preferences the transform accepts but CodeDeploy rejects or runs differently than intended (SAM1001-SAM1011), as FILE(LINE,COL): warning SAMxxxx: message.")
    {
        ArgumentNullException.ThrowIfNull(environment);
        Arguments.Add(TemplateArgument);
        Options.Add(StrictOption);
        Options.Add(ParameterOption);
        Options.Add(RegionOption);
        SetAction(parseResult => Run(parseResult, environment));
    }

    /// <summary>The template file.</summary>
    public Argument<string> TemplateArgument { get; } = new("TEMPLATE") { Description = "The SAM template (YAML or JSON)." };

    /// <summary><c>--strict</c>.</summary>
    public Option<bool> StrictOption { get; } = new("--strict")
    {
        Description = "Report warnings as errors and exit with 1 when there is any.",
    };

    /// <summary><c>--parameter NAME=VALUE</c>, repeatable.</summary>
    public Option<string[]> ParameterOption { get; } = InsightOptions.Parameter();

    /// <summary><c>--region REGION</c>.</summary>
    public Option<string?> RegionOption { get; } = InsightOptions.Region();

    private int Run(ParseResult parseResult, ICliEnvironment environment)
    {
        var path = parseResult.GetValue(TemplateArgument)!;
        var options = InsightOptions.TransformOptions(parseResult.GetValue(ParameterOption), parseResult.GetValue(RegionOption), environment);
        var result = TemplateLinter.Lint(CliFiles.ReadText(path, "template"), path, options);
        var strict = parseResult.GetValue(StrictOption);
        var warnings = 0;
        var errors = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            var shown = strict && diagnostic.Severity == DiagnosticSeverity.Warning
                ? new Diagnostic(diagnostic.Descriptor with { Severity = DiagnosticSeverity.Error }, diagnostic.Kind, diagnostic.Message, diagnostic.SubjectId, diagnostic.Span, diagnostic.Property)
                : diagnostic;
            if (shown.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else
            {
                warnings++;
            }

            (diagnostic.Severity == DiagnosticSeverity.Error ? environment.Error : environment.Out).WriteLine(shown.ToString());
        }

        environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{warnings} warning(s), {errors} error(s)"));
        return errors > 0 ? ExitCodes.InvalidTemplate : ExitCodes.Success;
    }
}
