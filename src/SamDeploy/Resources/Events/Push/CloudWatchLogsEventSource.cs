using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary><c>CloudWatchLogs</c>: a log group subscription filter that delivers to the function, after the permission for CloudWatch Logs.</summary>
internal sealed class CloudWatchLogsEventSource : IEventSource
{
    public string Type => "CloudWatchLogs";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("LogGroupName").AsRequired(),
        PropertySpec.String("FilterPattern").AsRequired(),
    ];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var sourceArn = Fn.Sub(
            $"arn:{evt.Context.Partition}:logs:${{AWS::Region}}:${{AWS::AccountId}}:log-group:${{__LogGroupName__}}:*",
            new JObject { ["__LogGroupName__"] = evt["LogGroupName"]?.DeepClone() });
        var permission = new LambdaPermissionBuilder(evt, "logs.amazonaws.com") { SourceArn = sourceArn }.Build();

        var filter = new CfnResource(evt.LogicalId, "AWS::Logs::SubscriptionFilter").WithAttributes(InvokeTarget.Attributes(evt));
        filter.DependsOn = new JArray(permission.LogicalId);
        filter["LogGroupName"] = evt["LogGroupName"]?.DeepClone();
        filter["FilterPattern"] = evt["FilterPattern"]?.DeepClone();
        filter["DestinationArn"] = InvokeTarget.Arn(evt);
        return [permission, filter];
    }
}
