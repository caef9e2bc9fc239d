using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;

namespace SamDeploy.Transform;

/// <summary>The outcome of a transform: the CloudFormation template, or the diagnostics that say why there is none.</summary>
public sealed class TransformResult
{
    internal TransformResult(JObject? template, ImmutableArray<Diagnostic> diagnostics)
    {
        Template = template;
        Diagnostics = diagnostics;
    }

    /// <summary>The CloudFormation template; <see langword="null"/> when the transform failed.</summary>
    public JObject? Template { get; }

    /// <summary>Every problem found, in the reference's order; errors only when <see cref="Template"/> is null.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the transform produced a template.</summary>
    public bool Success => Template is not null;

    /// <summary>
    /// The whole error message as the reference transform words it
    /// (<c>Invalid Serverless Application Specification document. Number of errors found: N. ...</c>),
    /// or <see langword="null"/> on success.
    /// </summary>
    public string? ErrorMessage
    {
        get
        {
            if (Success)
            {
                return null;
            }

            var errors = Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0)
            {
                return null;
            }

            if (errors.All(d => d.Kind is DiagnosticKind.Syntax or DiagnosticKind.Limit))
            {
                return string.Join(" ", errors.Select(d => d.FullMessage));
            }

            var messages = string.Join(string.Empty, errors.Select(d => " " + d.FullMessage));
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Invalid Serverless Application Specification document. Number of errors found: {errors.Count}.{messages}");
        }
    }

    internal static TransformResult Failed(IEnumerable<Diagnostic> diagnostics) => new(null, diagnostics.ToImmutableArray());
}
