using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Push;

/// <summary>The SQS queue policies SAM writes for queues that receive messages from a rule or a topic.</summary>
internal static class QueuePolicies
{
    /// <summary>Allows <paramref name="principal"/> to send to the queue, when the message comes from <paramref name="sourceArn"/>.</summary>
    public static JObject SendMessage(JToken principal, JToken queueArn, JToken sourceArn) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JArray(new JObject
        {
            ["Action"] = "sqs:SendMessage",
            ["Effect"] = "Allow",
            ["Principal"] = principal.DeepClone(),
            ["Resource"] = queueArn.DeepClone(),
            ["Condition"] = new JObject { ["ArnEquals"] = new JObject { ["aws:SourceArn"] = sourceArn.DeepClone() } },
        }),
    };
}
