using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// <c>Schedule</c>: an EventBridge rule with a ScheduleExpression that invokes the function, the permission for
/// EventBridge, and with <c>DeadLetterConfig: {Type: SQS}</c> a dead-letter queue and its policy.
/// </summary>
internal sealed class ScheduleEventSource : IEventSource
{
    public string Type => "Schedule";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("Schedule").AsRequired(),
        PropertySpec.String("RuleName"),
        PropertySpec.String("Input"),
        PropertySpec.Generic("Enabled", ValueChecks.IsBool),
        PropertySpec.String("State"),
        PropertySpec.String("Name"),
        PropertySpec.String("Description"),
        PropertySpec.Map("DeadLetterConfig"),
        PropertySpec.Map("RetryPolicy"),
    ];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var rule = EventRules.Create(evt);
        var resources = new List<CfnResource> { rule };
        rule["ScheduleExpression"] = evt["Schedule"]?.DeepClone();
        EventRuleState.Apply(evt, rule);
        rule["Name"] = evt["Name"]?.DeepClone();
        rule["Description"] = evt["Description"]?.DeepClone();

        var ruleArn = Fn.GetAtt(rule.LogicalId, "Arn");
        var dlqArn = DeadLetterQueues.Add(evt, ruleArn, resources);

        var target = new JObject
        {
            ["Arn"] = InvokeTarget.Arn(evt),
            ["Id"] = EventRuleTargets.Id(evt.LogicalId, EventRuleTargets.LambdaSuffix),
        };
        OptionalValues.Copy(target, "Input", evt["Input"]);
        if (evt["DeadLetterConfig"] is not null)
        {
            target["DeadLetterConfig"] = new JObject { ["Arn"] = dlqArn };
        }

        OptionalValues.Copy(target, "RetryPolicy", evt["RetryPolicy"]);
        rule["Targets"] = new JArray(target);
        resources.Add(new LambdaPermissionBuilder(evt, "events.amazonaws.com") { SourceArn = ruleArn }.Build());
        return resources;
    }
}
