using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Iam;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// The event source mapping through which a function polls the queue an SNS event delivers to (the reference builds
/// it as an SQS event with only Queue, BatchSize and Enabled), plus the SQS managed policy on the generated role.
/// </summary>
internal static class SqsEventSourceMapping
{
    public static CfnResource Build(FunctionEvent evt, JToken queueArn, JToken? batchSize)
    {
        var mapping = new CfnResource(evt.LogicalId + "EventSourceMapping", "AWS::Lambda::EventSourceMapping")
            .WithAttributes(InvokeTarget.Attributes(evt));
        mapping["BatchSize"] = Truthiness.IsTruthy(batchSize) ? batchSize!.DeepClone() : 10;
        mapping["Enabled"] = true;
        mapping["EventSourceArn"] = queueArn.DeepClone();
        mapping["FunctionName"] = InvokeTarget.NameOrArn(evt);
        AddManagedPolicy(evt);
        return mapping;
    }

    private static void AddManagedPolicy(FunctionEvent evt)
    {
        if (evt.Role is not { } role)
        {
            return;
        }

        var arn = new JValue(ManagedPolicyResolver.AwsManagedArn(evt.Context.Partition, "service-role/AWSLambdaSQSQueueExecutionRole"));
        if (role["ManagedPolicyArns"] is not JArray managed)
        {
            managed = [];
            role["ManagedPolicyArns"] = managed;
        }

        if (!managed.Any(m => JToken.DeepEquals(m, arn)))
        {
            managed.Add(arn);
        }
    }
}
