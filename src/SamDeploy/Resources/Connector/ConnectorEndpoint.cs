using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Connector;

/// <summary>One end of a connection: the resource (when found by logical id) and the values its profile can use.</summary>
/// <param name="LogicalId">The logical id, or null when the end is given by its values.</param>
/// <param name="ResourceType">The CloudFormation resource type.</param>
/// <param name="Arn">The ARN, or null.</param>
/// <param name="RoleName">The IAM role name (a <c>Ref</c> of the role), or null.</param>
/// <param name="QueueUrl">The SQS queue URL, or null.</param>
/// <param name="ResourceId">The resource id (an API id), or null.</param>
/// <param name="Name">The name, or null.</param>
/// <param name="Qualifier">The qualifier (the execute-api ARN suffix), or null.</param>
internal sealed record ConnectorEndpoint(
    string? LogicalId,
    string ResourceType,
    JToken? Arn,
    JToken? RoleName,
    JToken? QueueUrl,
    JToken? ResourceId,
    JToken? Name,
    JToken? Qualifier);
