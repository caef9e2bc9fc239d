using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Lint.Rules;
using SamDeploy.Insights.Rollout;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;

namespace SamDeploy.Insights.Lint;

/// <summary>
/// Finds what the SAM transform accepts silently but that fails or misbehaves when CodeDeploy runs: rules
/// <c>SAM1001</c> to <c>SAM1011</c> of <see cref="DiagnosticCatalog"/>, each a warning with the position of the
/// node it is about. The transform's own output is never changed.
/// </summary>
public static class TemplateLinter
{
    private static readonly ImmutableArray<ILintRule> Rules =
    [
        new UnknownDeploymentTypeRule(),
        new UnknownDeploymentPreferenceKeyRule(),
        new UnknownHookKeyRule(),
        new EnabledNotBooleanRule(),
        new AlarmNotANameRule(),
        new EmptyAlarmsRule(),
        new TooManyAlarmsRule(),
        new HookNameWithoutPrefixRule(),
        new HookCannotReportStatusRule(),
        new HookHasDeploymentPreferenceRule(),
        new RolloutLongerThanAnHourRule(),
    ];

    /// <summary>The descriptors of every lint rule, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [.. Rules.Select(r => r.Descriptor)];

    /// <summary>Lints a template given as YAML or JSON text.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="path">The file it came from, for positions.</param>
    /// <param name="options">Transform options (parameter values, region); defaults when omitted.</param>
    /// <returns>The findings.</returns>
    public static LintResult Lint(string text, string? path = null, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= TransformOptions.Default;
        var read = TemplateReader.Read(text, path, options.Limits);
        return read.Template is null ? new LintResult(read.Diagnostics) : Lint(read.Template, options);
    }

    /// <summary>Lints a template tree read by <see cref="TemplateReader"/> (positions come from its nodes); the tree is not changed.</summary>
    /// <param name="template">The SAM template.</param>
    /// <param name="options">Transform options; defaults when omitted.</param>
    /// <returns>The findings.</returns>
    public static LintResult Lint(JObject template, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var result = new SamTransformer(options).Transform(template);
        var plans = result.Template is null ? [] : RolloutExplainer.Plans(template, result.Template);
        var context = new LintContext(template, result.Template, plans);
        var findings = Rules.SelectMany(rule => rule.Check(context))
            .OrderBy(d => d.Span?.Line ?? int.MaxValue)
            .ThenBy(d => d.Span?.Column ?? int.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        return new LintResult([.. result.Success ? [] : result.Diagnostics, .. findings]);
    }
}
