using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Connector;

/// <summary>What a connector learns about a resource of one CloudFormation type that it finds by logical id.</summary>
/// <param name="RoleProperty">The property naming the resource's IAM role, or null.</param>
/// <param name="RoleFromRuleTarget">Whether the role is the <c>RoleArn</c> of the events rule target pointing at the other end.</param>
/// <param name="Values">Arn, Url, Id, Name, Qualifier; <c>%{logicalId}</c> stands for the resource's logical id.</param>
internal sealed record ConnectorResourceType(string? RoleProperty, bool RoleFromRuleTarget, JObject Values);
