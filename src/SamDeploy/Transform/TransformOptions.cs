using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;

namespace SamDeploy.Transform;

/// <summary>Everything a transform depends on besides the template. Immutable and safe to share between threads.</summary>
public sealed record TransformOptions
{
    /// <summary>Options for partition <c>aws</c> in region <c>us-east-1</c>, with no parameter values and no managed-policy map.</summary>
    public static TransformOptions Default { get; } = new();

    /// <summary>The AWS partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, ...). Default: derived from <see cref="Region"/>.</summary>
    public string? Partition { get; init; }

    /// <summary>The region the stack is deployed to; the value of <c>AWS::Region</c>. Default <c>us-east-1</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Values for template parameters. A parameter without a value here takes its <c>Default</c>.</summary>
    public ImmutableDictionary<string, JToken> ParameterValues { get; init; } = ImmutableDictionary<string, JToken>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// Managed policy names and their ARNs, used to resolve names in a function's <c>Policies</c>.
    /// A name not in the map is left as written (the reference asks IAM; we never call AWS).
    /// </summary>
    public ImmutableDictionary<string, string> ManagedPolicyMap { get; init; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Feature flags of the reference transform that are switched on.</summary>
    public ImmutableHashSet<string> FeatureFlags { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    /// <summary>Limits that protect against hostile input.</summary>
    public ReaderOptions Limits { get; init; } = ReaderOptions.Default;

    /// <summary>The largest number of resources a template may declare. Default 5,000.</summary>
    public int MaxResources { get; init; } = 5000;

    /// <summary>The partition in effect: <see cref="Partition"/>, or the one <see cref="Region"/> belongs to.</summary>
    public string EffectivePartition => Partition ?? PartitionOf(Region);

    /// <summary>The partition a region belongs to, by the reference's prefix rules.</summary>
    /// <param name="region">A region name such as <c>cn-north-1</c>.</param>
    /// <returns>The partition name, <c>aws</c> when no rule matches.</returns>
    public static string PartitionOf(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        // Python's str.lower(), as the reference lower-cases it (a dotted capital I becomes i and a combining dot).
        var lower = Templates.PythonCase.Lower(region);
        (string Prefix, string Partition)[] rules =
        [
            ("cn-", "aws-cn"),
            ("us-iso-", "aws-iso"),
            ("us-isob", "aws-iso-b"),
            ("us-gov", "aws-us-gov"),
            ("eu-isoe", "aws-iso-e"),
            ("us-isof", "aws-iso-f"),
            ("eusc-", "aws-eusc"),
        ];
        foreach (var (prefix, partition) in rules)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return partition;
            }
        }

        return "aws";
    }
}
