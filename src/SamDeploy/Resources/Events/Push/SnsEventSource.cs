using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// <c>SNS</c>: a subscription of the function to the topic and the permission for SNS; with <c>SqsSubscription</c>
/// the topic delivers to an SQS queue instead (a new one for <c>true</c>, or the given QueueArn/QueueUrl) that the
/// function polls through an event source mapping.
/// </summary>
internal sealed class SnsEventSource : IEventSource
{
    public string Type => "SNS";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("Topic").AsRequired(),
        PropertySpec.String("Region"),
        PropertySpec.PassThrough("FilterPolicy"),
        PropertySpec.PassThrough("FilterPolicyScope"),
        PropertySpec.Generic("SqsSubscription", v => ValueChecks.IsBool(v) || ValueChecks.IsMap(v)),
        PropertySpec.Map("RedrivePolicy"),
    ];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var topic = evt["Topic"]!;
        var sqsSubscription = evt["SqsSubscription"];
        if (Truthiness.IsFalsy(sqsSubscription))
        {
            var subscription = Subscription(evt, "lambda", InvokeTarget.Arn(evt));
            return [new LambdaPermissionBuilder(evt, "sns.amazonaws.com") { SourceArn = topic }.Build(), subscription];
        }

        if (sqsSubscription is JValue { Type: JTokenType.Boolean })
        {
            var queue = new CfnResource(evt.LogicalId + "Queue", "AWS::SQS::Queue", supportsTags: true).WithAttributes(InvokeTarget.Attributes(evt));
            var fifo = FifoTopic(evt, topic);
            if (Truthiness.IsTruthy(fifo))
            {
                queue["FifoQueue"] = fifo!.DeepClone();
            }

            var queueArn = Fn.GetAtt(queue.LogicalId, "Arn");
            var policy = QueuePolicy(evt, topic, queueArn, Fn.Ref(queue.LogicalId), null);
            var subscription = Subscription(evt, "sqs", queueArn);
            var mapping = SqsEventSourceMapping.Build(evt, queueArn, null);
            return [mapping, queue, policy, subscription];
        }

        var existing = (JObject)sqsSubscription!;
        var existingArn = existing["QueueArn"];
        var existingUrl = existing["QueueUrl"];
        if (Truthiness.IsFalsy(existingArn) || Truthiness.IsFalsy(existingUrl))
        {
            throw evt.Error("No QueueARN or QueueURL provided.");
        }

        var existingPolicy = QueuePolicy(evt, topic, existingArn!, existingUrl!, existing["QueuePolicyLogicalId"]);
        var existingSubscription = Subscription(evt, "sqs", existingArn!);
        var existingMapping = SqsEventSourceMapping.Build(evt, existingArn!, existing["BatchSize"]);
        return [existingMapping, existingPolicy, existingSubscription];
    }

    private static CfnResource Subscription(FunctionEvent evt, string protocol, JToken endpoint)
    {
        var subscription = new CfnResource(evt.LogicalId, "AWS::SNS::Subscription").WithAttributes(InvokeTarget.Attributes(evt));
        subscription["Endpoint"] = endpoint.DeepClone();
        subscription["Protocol"] = protocol;
        subscription["TopicArn"] = evt["Topic"]!.DeepClone();
        subscription["Region"] = evt["Region"]?.DeepClone();
        subscription["FilterPolicy"] = evt["FilterPolicy"]?.DeepClone();
        subscription["FilterPolicyScope"] = evt["FilterPolicyScope"]?.DeepClone();
        subscription["RedrivePolicy"] = evt["RedrivePolicy"]?.DeepClone();
        return subscription;
    }

    private static CfnResource QueuePolicy(FunctionEvent evt, JToken topic, JToken queueArn, JToken queueUrl, JToken? logicalId)
    {
        var id = evt.LogicalId + "QueuePolicy";
        if (Truthiness.IsTruthy(logicalId))
        {
            id = logicalId is JValue { Type: JTokenType.String } text && SamDeploy.Templates.LogicalIds.LogicalIdText.IsAlphanumeric((string)text!)
                ? (string)text!
                : throw TemplateErrors.Resource(logicalId is JValue { Type: JTokenType.String } ? (string)logicalId! : PythonRepr.Format(logicalId), "Logical ids must be alphanumeric.", logicalId);
        }

        var policy = new CfnResource(id, "AWS::SQS::QueuePolicy").WithAttributes(InvokeTarget.Attributes(evt));
        policy["PolicyDocument"] = QueuePolicies.SendMessage("*", queueArn, topic);
        policy["Queues"] = new JArray(queueUrl.DeepClone());
        return policy;
    }

    /// <summary>The topic's <c>FifoTopic</c> (parameters resolved) when <c>Topic</c> points at a topic in the template.</summary>
    private static JToken? FifoTopic(FunctionEvent evt, JToken topic)
    {
        var topicId = ReferencedLogicalId(topic);
        if (topicId is null || evt.Context.Resources[topicId] is not JObject resource || resource["Properties"] is not JObject properties)
        {
            return null;
        }

        return evt.Function.Parameters.ResolveCopy(properties["FifoTopic"]);
    }

    /// <summary>The logical id a <c>Ref</c> or a two-part <c>Fn::GetAtt</c> points at, as the reference reads it.</summary>
    private static string? ReferencedLogicalId(JToken value)
    {
        if (!Fn.IsIntrinsic(value))
        {
            return null;
        }

        var map = (JObject)value;
        if (map["Ref"] is JValue { Type: JTokenType.String } reference)
        {
            return (string?)reference;
        }

        return map["Fn::GetAtt"] switch
        {
            JArray { Count: 2 } list when list[0].Type == JTokenType.String => (string?)list[0],
            JValue { Type: JTokenType.String } dotted when ((string)dotted!).Split('.') is { Length: 2 } parts => parts[0],
            _ => null,
        };
    }
}
