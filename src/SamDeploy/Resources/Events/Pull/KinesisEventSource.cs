using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>The <c>Kinesis</c> event: Lambda reads the Kinesis stream in <c>Stream</c> from <c>StartingPosition</c>.</summary>
internal sealed class KinesisEventSource : PullEventSource
{
    /// <inheritdoc />
    public override string Type => "Kinesis";

    /// <inheritdoc />
    public override IReadOnlyList<PropertySpec> Properties { get; } = WithCommon(
        PropertySpec.PassThrough("Stream").AsRequired(),
        PropertySpec.PassThrough("StartingPosition").AsRequired());

    /// <inheritdoc />
    protected override string ManagedPolicyPath => "service-role/AWSLambdaKinesisExecutionRole";

    /// <inheritdoc />
    protected override JToken? EventSourceArn(FunctionEvent evt) => evt["Stream"];
}
