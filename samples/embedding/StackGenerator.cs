using Newtonsoft.Json.Linq;

namespace SamDeploy.Samples.Embedding;

/// <summary>Builds a SAM template in code: one function per service, each shipped through a live alias with a canary rollout.</summary>
internal static class StackGenerator
{
    /// <summary>Generates the template.</summary>
    /// <param name="services">Service names, such as <c>orders</c>; each becomes a function <c>OrdersFunction</c>.</param>
    /// <returns>The SAM template, ready for <c>SamTransformer.Transform</c>.</returns>
    public static JObject Generate(IEnumerable<string> services)
    {
        var resources = new JObject();
        foreach (var service in services)
        {
            var id = char.ToUpperInvariant(service[0]) + service[1..] + "Function";
            resources[id] = new JObject
            {
                ["Type"] = "AWS::Serverless::Function",
                ["Properties"] = new JObject
                {
                    ["CodeUri"] = $"s3://my-artifacts/{service}.zip",
                    ["Handler"] = $"{service}.handler",
                    ["Runtime"] = "python3.12",
                    ["AutoPublishAlias"] = "live",
                    ["DeploymentPreference"] = new JObject { ["Type"] = "Canary10Percent5Minutes" },
                },
            };
        }

        return new JObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Transform"] = "AWS::Serverless-2016-10-31",
            ["Resources"] = resources,
        };
    }
}
