using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Benchmarks;

/// <summary>The options the reference's corpus harness uses (partition aws, region ap-southeast-1, two parameters, its mocked managed policies).</summary>
internal static class HarnessOptions
{
    /// <summary>Options for a corpus case or a generated template.</summary>
    public static TransformOptions Create(bool errorCase = false) => new()
    {
        Partition = "aws",
        Region = "ap-southeast-1",
        ParameterValues = ImmutableDictionary<string, JToken>.Empty.WithComparers(StringComparer.Ordinal)
            .Add("param1", new JValue("value1"))
            .Add("param2", new JValue("value2")),
        ManagedPolicyMap = errorCase
            ? ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)
            : ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)
                .Add("AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
                .Add("AmazonDynamoDBFullAccess", "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess")
                .Add("AmazonDynamoDBReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess")
                .Add("AWSLambdaRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaRole")
                .Add("AWSXrayWriteOnlyAccess", "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"),
    };
}
