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

    /// <summary>How many nodes the tree may hold once YAML aliases are expanded. Default 1,000,000.</summary>
    public int MaxNodes { get; init; } = 1_000_000;
}
