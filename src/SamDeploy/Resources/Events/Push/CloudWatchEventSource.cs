using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// <c>CloudWatchEvent</c> and its twin <c>EventBridgeRule</c>: an EventBridge rule with an event pattern that
/// invokes the function, the permission for EventBridge, and optionally a dead-letter queue.
/// </summary>
internal sealed class CloudWatchEventSource : IEventSource
{
    public CloudWatchEventSource(string type)
    {
        Type = type;
    }

    public string Type { get; }

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("EventBusName"),
        PropertySpec.String("RuleName"),
        PropertySpec.Map("Pattern"),
        PropertySpec.Map("DeadLetterConfig"),
        PropertySpec.Map("RetryPolicy"),
        PropertySpec.String("Input"),
        PropertySpec.String("InputPath"),
        PropertySpec.Map("Target"),
        PropertySpec.Generic("Enabled", ValueChecks.IsBool),
        PropertySpec.String("State"),
        PropertySpec.Map("InputTransformer"),
    ];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var resources = new List<CfnResource>();
        var rule = EventRules.Create(evt);
        rule["EventBusName"] = evt["EventBusName"]?.DeepClone();
        rule["EventPattern"] = evt["Pattern"]?.DeepClone();
        rule["Name"] = evt["RuleName"]?.DeepClone();
        var ruleArn = Fn.GetAtt(rule.LogicalId, "Arn");

        var dlqArn = DeadLetterQueues.Add(evt, ruleArn, resources);

        EventRuleState.Apply(evt, rule);
        rule["Targets"] = new JArray(BuildTarget(evt, dlqArn));
        resources.Add(rule);
        resources.Add(new LambdaPermissionBuilder(evt, "events.amazonaws.com") { SourceArn = ruleArn }.Build());
        return resources;
    }

    private static JObject BuildTarget(FunctionEvent evt, JToken? dlqArn)
    {
        var id = evt["Target"] is JObject target && target.ContainsKey("Id")
            ? target["Id"]!.DeepClone()
            : EventRuleTargets.Id(evt.LogicalId, EventRuleTargets.LambdaSuffix);
        var result = new JObject { ["Arn"] = InvokeTarget.Arn(evt), ["Id"] = id };
        OptionalValues.Copy(result, "Input", evt["Input"]);
        OptionalValues.Copy(result, "InputPath", evt["InputPath"]);
        if (evt["DeadLetterConfig"] is not null)
        {
            result["DeadLetterConfig"] = new JObject { ["Arn"] = dlqArn };
        }

        OptionalValues.Copy(result, "RetryPolicy", evt["RetryPolicy"]);
        OptionalValues.Copy(result, "InputTransformer", evt["InputTransformer"]);
        return result;
    }
}
