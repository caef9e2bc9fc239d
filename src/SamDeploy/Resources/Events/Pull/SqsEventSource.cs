using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>The <c>SQS</c> event: Lambda polls the queue in <c>Queue</c>.</summary>
internal sealed class SqsEventSource : PullEventSource
{
    /// <inheritdoc />
    public override string Type => "SQS";

    /// <inheritdoc />
    public override IReadOnlyList<PropertySpec> Properties { get; } = WithCommon(PropertySpec.PassThrough("Queue").AsRequired());

    /// <inheritdoc />
    protected override string ManagedPolicyPath => "service-role/AWSLambdaSQSQueueExecutionRole";

    /// <inheritdoc />
    protected override JToken? EventSourceArn(FunctionEvent evt) => evt["Queue"];
}
