using System.Globalization;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates;
using SamDeploy.Templates.Reading;

namespace SamDeploy.Transform;

/// <summary>
/// The limits checked on a template tree before it is transformed: its nesting depth (the reader checks it for text,
/// this also covers a tree the caller built) and its number of resources.
/// </summary>
internal static class TreeLimits
{
    /// <summary>The limit the template breaks, as a diagnostic, or null when it keeps them all.</summary>
    /// <param name="template">The template tree.</param>
    /// <param name="options">The limits.</param>
    /// <param name="depthChecked">Whether the reader already checked the depth against the same limits (a tree just read from text).</param>
    public static Diagnostic? Check(JObject template, TransformOptions options, bool depthChecked = false)
    {
        if (!depthChecked && TooDeep(template, options.Limits.MaxDepth) is { } deep)
        {
            return new Diagnostic(DiagnosticCatalog.LimitExceeded, DiagnosticKind.Limit, ReaderOptions.DepthMessage(options.Limits.MaxDepth), span: SourceInfo.GetSpan(deep));
        }

        if (template["Resources"] is JObject declared && declared.Count > options.MaxResources)
        {
            return new Diagnostic(
                DiagnosticCatalog.LimitExceeded,
                DiagnosticKind.Limit,
                string.Create(CultureInfo.InvariantCulture, $"The template declares {declared.Count} resources, more than the limit of {options.MaxResources} (TransformOptions.MaxResources)."),
                span: SourceInfo.GetSpan(declared));
        }

        return null;
    }

    /// <summary>The first container nested deeper than <paramref name="maxDepth"/>, found without recursion.</summary>
    private static JContainer? TooDeep(JObject root, int maxDepth)
    {
        var pending = new Stack<(JContainer Container, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (container, depth) = pending.Pop();
            if (depth > maxDepth)
            {
                return container;
            }

            for (var child = container.First; child is not null; child = child.Next)
            {
                var value = child is JProperty property ? property.Value : child;
                if (value is JContainer nested)
                {
                    pending.Push((nested, depth + 1));
                }
            }
        }

        return null;
    }
}
