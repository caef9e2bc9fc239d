namespace SamDeploy.Resources.Events.Push;

/// <summary>An <c>AWS::Events::Rule</c> with its properties in the reference's order.</summary>
internal static class EventRules
{
    public static CfnResource Create(FunctionEvent evt)
    {
        var rule = new CfnResource(evt.LogicalId, "AWS::Events::Rule").WithAttributes(InvokeTarget.Attributes(evt));
        foreach (var name in new[] { "Description", "EventBusName", "EventPattern", "Name", "RoleArn", "ScheduleExpression", "State", "Targets" })
        {
            rule[name] = null;
        }

        return rule;
    }
}
