using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// <c>ScheduleV2</c>: an EventBridge Scheduler schedule that invokes the function with an execution role SAM creates
/// (<c>ID + "Role"</c>, unless <c>RoleArn</c> is given), and with <c>DeadLetterConfig: {Type: SQS}</c> a queue that the
/// role may send to (Scheduler needs no queue policy).
/// </summary>
internal sealed class ScheduleV2EventSource : IEventSource
{
    private static readonly string[] ScheduleProperties =
    [
        "PermissionsBoundary", "ScheduleExpression", "FlexibleTimeWindow", "Name", "State", "Description", "StartDate",
        "EndDate", "ScheduleExpressionTimezone", "GroupName", "KmsKeyArn", "Input", "RoleArn",
    ];

    public string Type => "ScheduleV2";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        .. ScheduleProperties.Select(name => name == "FlexibleTimeWindow"
            ? PropertySpec.Map(name)
            : name == "ScheduleExpression" ? PropertySpec.String(name).AsRequired() : PropertySpec.String(name)),
        PropertySpec.Map("DeadLetterConfig"),
        PropertySpec.Map("RetryPolicy"),
        PropertySpec.Generic("OmitName", ValueChecks.IsBool, supportsIntrinsics: false),
    ];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var attributes = InvokeTarget.Attributes(evt);
        var schedule = BuildSchedule(evt, attributes);
        var resources = new List<CfnResource> { schedule };

        var dlqArn = DeadLetterQueues.Add(evt, ruleArn: null, resources);

        var roleArn = evt["RoleArn"];
        if (Truthiness.IsFalsy(roleArn))
        {
            var role = BuildRole(evt, attributes, dlqArn);
            resources.Add(role);
            roleArn = Fn.GetAtt(role.LogicalId, "Arn");
        }

        var target = new JObject { ["Arn"] = InvokeTarget.Arn(evt), ["RoleArn"] = roleArn!.DeepClone() };
        OptionalValues.Copy(target, "Input", evt["Input"]);
        if (evt["DeadLetterConfig"] is not null)
        {
            target["DeadLetterConfig"] = new JObject { ["Arn"] = dlqArn };
        }

        OptionalValues.Copy(target, "RetryPolicy", evt["RetryPolicy"]);
        schedule["Target"] = target;
        return resources;
    }

    private static CfnResource BuildSchedule(FunctionEvent evt, IReadOnlyList<KeyValuePair<string, JToken>> attributes)
    {
        var schedule = new CfnResource(evt.LogicalId, "AWS::Scheduler::Schedule").WithAttributes(attributes);
        schedule["ScheduleExpression"] = evt["ScheduleExpression"]?.DeepClone();
        schedule["FlexibleTimeWindow"] = null;
        schedule["Name"] = null;
        if (Truthiness.IsTruthy(evt["State"]))
        {
            schedule["State"] = evt["State"]!.DeepClone();
        }

        if (Truthiness.IsTruthy(evt["OmitName"]))
        {
            if (Truthiness.IsTruthy(evt["Name"]))
            {
                throw PushErrors.ByLogicalId(evt, "Name cannot be set when OmitName is True");
            }
        }
        else
        {
            schedule["Name"] = Truthiness.IsTruthy(evt["Name"]) ? evt["Name"]!.DeepClone() : evt.LogicalId;
        }

        schedule["Description"] = evt["Description"]?.DeepClone();
        schedule["FlexibleTimeWindow"] = Truthiness.IsTruthy(evt["FlexibleTimeWindow"])
            ? evt["FlexibleTimeWindow"]!.DeepClone()
            : new JObject { ["Mode"] = "OFF" };
        foreach (var name in new[] { "StartDate", "EndDate", "ScheduleExpressionTimezone", "GroupName", "KmsKeyArn" })
        {
            schedule[name] = evt[name]?.DeepClone();
        }

        return schedule;
    }

    private static CfnResource BuildRole(FunctionEvent evt, IReadOnlyList<KeyValuePair<string, JToken>> attributes, JToken? dlqArn)
    {
        var role = new CfnResource(evt.LogicalId + "Role", "AWS::IAM::Role", supportsTags: true).WithAttributes(attributes);
        role["AssumeRolePolicyDocument"] = new JObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JArray(new JObject
            {
                ["Action"] = new JArray("sts:AssumeRole"),
                ["Effect"] = "Allow",
                ["Principal"] = new JObject { ["Service"] = new JArray("scheduler.amazonaws.com") },
            }),
        };
        var policies = new JArray(Policy(evt.LogicalId + "LambdaPolicy", "lambda:InvokeFunction", InvokeTarget.Arn(evt)));
        if (Truthiness.IsTruthy(dlqArn))
        {
            policies.Add(Policy(evt.LogicalId + "SQSPolicy", "sqs:SendMessage", dlqArn!));
        }

        role["Policies"] = policies;
        if (Truthiness.IsTruthy(evt["PermissionsBoundary"]))
        {
            role["PermissionsBoundary"] = evt["PermissionsBoundary"]!.DeepClone();
        }

        return role;
    }

    private static JObject Policy(string name, string action, JToken resource) => new()
    {
        ["PolicyName"] = name,
        ["PolicyDocument"] = new JObject
        {
            ["Statement"] = new JArray(new JObject { ["Action"] = action, ["Effect"] = "Allow", ["Resource"] = resource.DeepClone() }),
        },
    };
}
