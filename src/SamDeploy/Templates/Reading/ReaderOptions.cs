namespace SamDeploy.Templates.Reading;

/// <summary>Limits that protect the reader against hostile input.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default options.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>The largest text accepted, in characters. Default 1 MiB, CloudFormation's limit for a template body in S3.</summary>
    public int MaxTextLength { get; init; } = 1024 * 1024;

    /// <summary>How deeply maps and lists may nest. Default 200.</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>
    /// How many nodes the tree may hold once YAML aliases are expanded. Default 1,000,000: a "billion laughs"
    /// document is rejected after building at most this many nodes.
    /// </summary>
    public int MaxNodes { get; init; } = 1_000_000;

    /// <summary>Where a caller sets these limits for a transform; named in the limit diagnostics.</summary>
    internal const string OptionName = "TransformOptions.Limits";

    /// <summary>The message for a tree nested deeper than <paramref name="maxDepth"/>.</summary>
    internal static string DepthMessage(int maxDepth) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The template nests maps and lists more than {maxDepth} levels deep ({OptionName}.MaxDepth).");
}
