using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// The DeadLetterConfig of Schedule, CloudWatchEvent, EventBridgeRule and ScheduleV2 events: either an existing
/// queue's <c>Arn</c>, or <c>Type: SQS</c> (optionally with <c>QueueLogicalId</c>) for a queue SAM creates.
/// </summary>
internal static class DeadLetterQueues
{
    /// <summary>
    /// The event's DeadLetterConfig, checked and resolved: the queue's ARN, with the resources it needs added to
    /// <paramref name="resources"/>; null when the event has no DeadLetterConfig map.
    /// </summary>
    /// <param name="evt">The Schedule, CloudWatchEvent, EventBridgeRule or ScheduleV2 event.</param>
    /// <param name="ruleArn">The rule that sends to the queue, for its queue policy; null for none.</param>
    /// <param name="resources">The event's generated resources, to add the queue's to.</param>
    public static JToken? Add(FunctionEvent evt, JToken? ruleArn, List<CfnResource> resources)
    {
        if (evt["DeadLetterConfig"] is not JObject config)
        {
            return null;
        }

        Validate(evt, config);
        var (arn, queueResources) = Resolve(evt, config, ruleArn);
        resources.AddRange(queueResources);
        return arn;
    }

    /// <summary>The reference's checks of a DeadLetterConfig, with its messages.</summary>
    private static void Validate(FunctionEvent evt, JObject config)
    {
        var hasArn = config.ContainsKey("Arn");
        var hasType = config.ContainsKey("Type");
        if (hasArn && hasType)
        {
            throw PushErrors.ByLogicalId(evt, "You can either define 'Arn' or 'Type' property of DeadLetterConfig.", config);
        }

        if (hasType && !(config["Type"] is JValue { Type: JTokenType.String } type && (string?)type == "SQS"))
        {
            throw PushErrors.ByLogicalId(evt, "The only valid value for 'Type' property of DeadLetterConfig is 'SQS'.", config);
        }

        if (!hasArn && !hasType)
        {
            throw PushErrors.ByLogicalId(evt, "No 'Arn' or 'Type' property provided for DeadLetterConfig.", config);
        }
    }

    /// <summary>
    /// The queue's ARN, and the resources to create: nothing for a given Arn; else the queue (<c>QueueLogicalId</c> or
    /// <c>ID + "Queue"</c>) and, when <paramref name="ruleArn"/> is given, the queue policy letting the rule send to it.
    /// </summary>
    private static (JToken Arn, List<CfnResource> Resources) Resolve(FunctionEvent evt, JObject config, JToken? ruleArn)
    {
        if (config["Arn"] is { Type: not JTokenType.Null } arn)
        {
            return (arn.DeepClone(), []);
        }

        var queueId = config["QueueLogicalId"];
        if (queueId is not null && queueId.Type != JTokenType.Null && queueId.Type != JTokenType.String)
        {
            throw PushErrors.ByLogicalId(evt, "QueueLogicalId must be a string", queueId);
        }

        var attributes = InvokeTarget.Attributes(evt);
        var name = (string?)queueId;
        var queue = new CfnResource(string.IsNullOrEmpty(name) ? evt.LogicalId + "Queue" : name, "AWS::SQS::Queue", supportsTags: true)
            .WithAttributes(attributes);
        var queueArn = Fn.GetAtt(queue.LogicalId, "Arn");
        var resources = new List<CfnResource> { queue };
        if (ruleArn is not null)
        {
            var policy = new CfnResource(evt.LogicalId + "QueuePolicy", "AWS::SQS::QueuePolicy").WithAttributes(attributes);
            policy["PolicyDocument"] = QueuePolicies.SendMessage(new JObject { ["Service"] = "events.amazonaws.com" }, queueArn, ruleArn);
            policy["Queues"] = new JArray(Fn.Ref(queue.LogicalId));
            resources.Add(policy);
        }

        return (queueArn, resources);
    }
}
