using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Push;

/// <summary>The State of a rule made from an event's <c>State</c> or <c>Enabled</c> (only one of them may be given).</summary>
internal static class EventRuleState
{
    public static void Apply(FunctionEvent evt, CfnResource rule)
    {
        var state = evt["State"];
        var enabled = evt["Enabled"];
        if (Truthiness.IsTruthy(state) && enabled is not null)
        {
            throw evt.Error("State and Enabled Properties cannot both be specified.");
        }

        if (Truthiness.IsTruthy(state))
        {
            rule["State"] = state!.DeepClone();
        }

        if (enabled is not null)
        {
            rule["State"] = Truthiness.IsTruthy(enabled) ? "ENABLED" : "DISABLED";
        }
    }
}
