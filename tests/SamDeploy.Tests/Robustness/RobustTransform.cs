using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Tests.Robustness;

/// <summary>Options and checks the robustness tests share: the three partitions, and "a template or diagnostics".</summary>
internal static class RobustTransform
{
    /// <summary>The partitions the corpus runs in, with a region of each.</summary>
    public static ImmutableArray<(string Partition, string Region)> Partitions { get; } =
    [
        ("aws", "ap-southeast-1"),
        ("aws-cn", "cn-north-1"),
        ("aws-us-gov", "us-gov-west-1"),
    ];

    /// <summary>Options for one partition with the corpus harness's parameter values.</summary>
    public static TransformOptions For(string partition, string region) => new()
    {
        Partition = partition,
        Region = region,
        ParameterValues = ImmutableDictionary<string, JToken>.Empty.WithComparers(StringComparer.Ordinal)
            .Add("param1", new JValue("value1"))
            .Add("param2", new JValue("value2")),
    };

    /// <summary>
    /// Why a result breaks the contract "a template, or error diagnostics that say why not", or null when it keeps it.
    /// </summary>
    public static string? Violation(TransformResult result)
    {
        if (result.Template is not null)
        {
            return null;
        }

        if (result.Diagnostics.IsEmpty)
        {
            return "no template and no diagnostics";
        }

        return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : "no template and no error";
    }

    /// <summary>Everything a result shows a caller, as one string: the output bytes, or every diagnostic with its position.</summary>
    public static string Fingerprint(TransformResult result) =>
        result.Template is { } template
            ? TemplateWriter.WriteJson(template)
            : string.Join("\n", result.Diagnostics.Select(d => d.ToString() + " @" + d.Property)) + "\n" + result.ErrorMessage;
}
