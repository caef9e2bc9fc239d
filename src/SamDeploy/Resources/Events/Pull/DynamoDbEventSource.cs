using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>The <c>DynamoDB</c> event: Lambda reads the DynamoDB stream in <c>Stream</c> from <c>StartingPosition</c>.</summary>
internal sealed class DynamoDbEventSource : PullEventSource
{
    /// <inheritdoc />
    public override string Type => "DynamoDB";

    /// <inheritdoc />
    public override IReadOnlyList<PropertySpec> Properties { get; } = WithCommon(
        PropertySpec.PassThrough("Stream").AsRequired(),
        PropertySpec.PassThrough("StartingPosition").AsRequired());

    /// <inheritdoc />
    protected override string ManagedPolicyPath => "service-role/AWSLambdaDynamoDBExecutionRole";

    /// <inheritdoc />
    protected override JToken? EventSourceArn(FunctionEvent evt) => evt["Stream"];
}
