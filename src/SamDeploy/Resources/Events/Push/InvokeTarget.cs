using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary>How a push event names what it invokes: the alias when AutoPublishAlias is set, else the function.</summary>
internal static class InvokeTarget
{
    /// <summary>The target's ARN: <c>Ref</c> of the alias, or <c>Fn::GetAtt</c> of the function's <c>Arn</c>.</summary>
    public static JObject Arn(FunctionEvent evt) =>
        evt.Alias is { } alias ? Fn.Ref(alias.LogicalId) : Fn.GetAtt(evt.Lambda.LogicalId, "Arn");

    /// <summary>The target as a permission's FunctionName: the function's name, or the alias's ARN (an alias has no name).</summary>
    public static JObject NameOrArn(FunctionEvent evt) => Fn.Ref(evt.Target.LogicalId);

    /// <summary>The attributes every generated resource inherits from the target (Condition, DeletionPolicy, UpdateReplacePolicy).</summary>
    public static IReadOnlyList<KeyValuePair<string, JToken>> Attributes(FunctionEvent evt) => evt.Target.PassThroughAttributes();

    /// <summary>The target's Condition, or null.</summary>
    public static JToken? Condition(FunctionEvent evt) => evt.Target.GetAttribute("Condition");
}
