using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Conformance;

/// <summary>The transform options the reference harness (tests/translator/test_translator.py) uses.</summary>
internal static class HarnessOptions
{
    /// <summary>The partitions a success case runs in, with their region and expected-output folder.</summary>
    public static ImmutableArray<(string Partition, string Region, string OutputFolder)> Partitions { get; } =
    [
        ("aws", "ap-southeast-1", string.Empty),
        ("aws-cn", "cn-north-1", "aws-cn"),
        ("aws-us-gov", "us-gov-west-1", "aws-us-gov"),
    ];

    /// <summary>Options for a success case in <paramref name="partition"/>: parameters and the mocked managed-policy map.</summary>
    public static TransformOptions ForSuccess(string partition, string region)
    {
        var policies = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        policies["AWSLambdaBasicExecutionRole"] = $"arn:{partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
        policies["AmazonDynamoDBFullAccess"] = $"arn:{partition}:iam::aws:policy/AmazonDynamoDBFullAccess";
        policies["AmazonDynamoDBReadOnlyAccess"] = $"arn:{partition}:iam::aws:policy/AmazonDynamoDBReadOnlyAccess";
        policies["AWSLambdaRole"] = $"arn:{partition}:iam::aws:policy/service-role/AWSLambdaRole";
        if (string.Equals(partition, "aws", StringComparison.Ordinal))
        {
            policies["AWSXrayWriteOnlyAccess"] = "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess";
        }
        else
        {
            policies["AWSXRayDaemonWriteAccess"] = $"arn:{partition}:iam::aws:policy/AWSXRayDaemonWriteAccess";
        }

        return new TransformOptions
        {
            Partition = partition,
            Region = region,
            ParameterValues = Parameters(),
            ManagedPolicyMap = policies.ToImmutable(),
        };
    }

    /// <summary>Options for an error case: partition aws, region ap-southeast-1, the same parameters, no managed policies.</summary>
    public static TransformOptions ForError() => new()
    {
        Partition = "aws",
        Region = "ap-southeast-1",
        ParameterValues = Parameters(),
        ManagedPolicyMap = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
    };

    private static ImmutableDictionary<string, JToken> Parameters() =>
        ImmutableDictionary<string, JToken>.Empty.WithComparers(StringComparer.Ordinal)
            .Add("param1", new JValue("value1"))
            .Add("param2", new JValue("value2"));
}
