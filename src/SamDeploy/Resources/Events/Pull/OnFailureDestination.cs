using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// A pull event's DestinationConfig: copied to the mapping without the SAM-only <c>OnFailure.Type</c>, which picks the
/// inline policy (send to SQS, publish to SNS, put to S3; none for Kafka) the execution role gets.
/// </summary>
internal static class OnFailureDestination
{
    private static readonly string[] Types = ["SQS", "SNS", "S3", "Kafka"];

    /// <summary>Sets the mapping's DestinationConfig and returns the role policy it needs, or null.</summary>
    public static JObject? Apply(FunctionEvent evt, CfnResource mapping)
    {
        if (Truthiness.IsFalsy(evt["DestinationConfig"]))
        {
            return null;
        }

        var config = evt["DestinationConfig"]!.DeepClone();
        if (config["OnFailure"] is not JObject onFailure)
        {
            throw PullErrors.EventByLogicalId(evt, PullErrors.ShouldBe("DestinationConfig.OnFailure", "map"), evt["DestinationConfig"]);
        }

        JObject? policy = null;
        var type = onFailure["Type"];
        if (Truthiness.IsTruthy(type))
        {
            onFailure.Remove("Type");
            var name = type is JValue { Type: JTokenType.String } text ? (string)text! : null;
            if (name is null || !Types.Contains(name, StringComparer.Ordinal))
            {
                throw PullErrors.EventByLogicalId(evt, "The only valid values for 'Type' are 'SQS', 'SNS', 'S3', and 'Kafka'", type);
            }

            var destination = onFailure["Destination"]?.DeepClone() ?? JValue.CreateNull();
            policy = name switch
            {
                "SQS" => Policy(evt.LogicalId + "SQSPolicy", Statement("sqs:SendMessage", destination)),
                "SNS" => Policy(evt.LogicalId + "SNSPolicy", Statement("sns:publish", destination)),
                "S3" => Policy(
                    evt.LogicalId + "S3Policy",
                    Statement("s3:PutObject", new JObject { ["Fn::Join"] = new JArray("/", new JArray(destination, "*")) }),
                    Statement("s3:ListBucket", destination.DeepClone())),
                _ => null,
            };
        }

        mapping["DestinationConfig"] = config;
        return policy;
    }

    private static JObject Statement(string action, JToken resource) => new()
    {
        ["Action"] = action,
        ["Effect"] = "Allow",
        ["Resource"] = resource,
    };

    private static JObject Policy(string name, params JObject[] statements) => new()
    {
        ["PolicyName"] = name,
        ["PolicyDocument"] = new JObject { ["Statement"] = new JArray(statements) },
    };
}
