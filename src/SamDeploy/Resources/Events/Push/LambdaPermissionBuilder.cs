using Newtonsoft.Json.Linq;
using SamDeploy.Templates;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// The <c>AWS::Lambda::Permission</c> that lets a push source's service invoke the event's target. Its logical id is
/// <c>PREFIX + "Permission" + SUFFIX</c> when the suffix is alphanumeric, else <c>PREFIX + "Permission"</c> followed by
/// the hash of the suffix (an empty suffix adds nothing).
/// </summary>
internal sealed class LambdaPermissionBuilder
{
    public LambdaPermissionBuilder(FunctionEvent evt, string principal)
    {
        Event = evt;
        Principal = principal;
    }

    public FunctionEvent Event { get; }

    /// <summary>The AWS service principal allowed to invoke.</summary>
    public string Principal { get; }

    /// <summary>The logical id's start; the event's logical id unless set.</summary>
    public string? Prefix { get; init; }

    public string Suffix { get; init; } = string.Empty;

    public JToken? SourceArn { get; init; }

    public JToken? SourceAccount { get; init; }

    public JToken? EventSourceToken { get; init; }

    /// <summary>The permission's logical id for a prefix and suffix.</summary>
    public static string LogicalIdFor(string prefix, string suffix) =>
        PythonText.IsAlnum(suffix)
            ? prefix + "Permission" + suffix
            : LogicalIdGenerator.Generate(prefix + "Permission", suffix);

    public CfnResource Build()
    {
        var permission = new CfnResource(LogicalIdFor(Prefix ?? Event.LogicalId, Suffix), "AWS::Lambda::Permission")
            .WithAttributes(InvokeTarget.Attributes(Event));
        permission["Action"] = "lambda:InvokeFunction";
        permission["FunctionName"] = InvokeTarget.NameOrArn(Event);
        permission["Principal"] = Principal;
        permission["SourceAccount"] = SourceAccount?.DeepClone();
        permission["SourceArn"] = SourceArn?.DeepClone();
        permission["EventSourceToken"] = EventSourceToken?.DeepClone();
        return permission;
    }
}
