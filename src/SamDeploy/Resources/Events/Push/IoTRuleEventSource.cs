using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Push;

/// <summary><c>IoTRule</c>: an IoT topic rule whose action invokes the function, and the permission for IoT.</summary>
internal sealed class IoTRuleEventSource : IEventSource
{
    public string Type => "IoTRule";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("Sql").AsRequired(),
        PropertySpec.String("AwsIotSqlVersion"),
    ];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var sourceArn = Fn.Sub(
            $"arn:{evt.Context.Partition}:iot:${{AWS::Region}}:${{AWS::AccountId}}:rule/${{RuleName}}",
            new JObject { ["RuleName"] = Fn.Ref(evt.LogicalId) });
        var permission = new LambdaPermissionBuilder(evt, "iot.amazonaws.com")
        {
            SourceArn = sourceArn,
            SourceAccount = Fn.Sub("${AWS::AccountId}"),
        }.Build();

        var rule = new CfnResource(evt.LogicalId, "AWS::IoT::TopicRule", supportsTags: true).WithAttributes(InvokeTarget.Attributes(evt));
        var payload = new JObject
        {
            ["Sql"] = evt["Sql"]?.DeepClone(),
            ["RuleDisabled"] = false,
            ["Actions"] = new JArray(new JObject { ["Lambda"] = new JObject { ["FunctionArn"] = InvokeTarget.Arn(evt) } }),
        };
        if (Truthiness.IsTruthy(evt["AwsIotSqlVersion"]))
        {
            payload["AwsIotSqlVersion"] = evt["AwsIotSqlVersion"]!.DeepClone();
        }

        rule["TopicRulePayload"] = payload;
        return [permission, rule];
    }
}
