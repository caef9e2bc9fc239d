using System.Globalization;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// Builds what one connector generates for one destination: checks the permissions against the connection's
/// profile, fills the profile's placeholders and makes the IAM managed policy, SQS queue policy, SNS topic policy or
/// Lambda permissions, with the reference's logical ids and messages.
/// </summary>
internal sealed class ConnectorResourceBuilder
{
    private readonly string _id;
    private readonly JToken? _dependsOn;
    private readonly IReadOnlyList<KeyValuePair<string, JToken>> _attributes;
    private readonly IReadOnlyList<string> _permissions;
    private readonly JObject _built;

    /// <summary>Creates the builder for one connector.</summary>
    /// <param name="id">The connector's logical id.</param>
    /// <param name="dependsOn">The connector's <c>DependsOn</c>, which every generated resource keeps.</param>
    /// <param name="attributes">The connector's resource attributes, which every generated resource keeps.</param>
    /// <param name="permissions">The distinct permissions asked for.</param>
    /// <param name="built">The template's resources as transformed so far (edited for <c>DependedBy</c>).</param>
    public ConnectorResourceBuilder(string id, JToken? dependsOn, IReadOnlyList<KeyValuePair<string, JToken>> attributes, IReadOnlyList<string> permissions, JObject built)
    {
        _id = id;
        _dependsOn = dependsOn;
        _attributes = attributes;
        _permissions = permissions;
        _built = built;
    }

    /// <summary>The resources for one destination.</summary>
    /// <param name="source">The source.</param>
    /// <param name="destination">The destination.</param>
    /// <param name="destinationIndex">The destination's index when Destination is a list, else null.</param>
    /// <returns>The generated resources.</returns>
    public List<CfnResource> Build(ConnectorEndpoint source, ConnectorEndpoint destination, int? destinationIndex)
    {
        var profile = ConnectorProfileCatalog.Default.Find(source.ResourceType, destination.ResourceType)
            ?? throw Error($"Unable to create connector from {source.ResourceType} to {destination.ResourceType}; it's not supported or the template is invalid.");
        CheckPermissions(profile, source, destination);

        var permissions = Fill(profile, source, destination);
        var policyEnd = profile.PolicyOnSource ? source : destination;
        var endName = profile.PolicyOnSource ? "Source" : "Destination";
        var suffix = destinationIndex is { } index ? "Destination" + index.ToString(CultureInfo.InvariantCulture) : string.Empty;
        switch (profile.Kind)
        {
            case ConnectorPolicyKind.IamManagedPolicy:
                var roleName = Truthy(policyEnd.RoleName) ?? throw Error($"Unable to get IAM role name from '{endName}' resource.");
                var policy = New(_id + "Policy" + suffix, "AWS::IAM::ManagedPolicy");
                policy["PolicyDocument"] = PolicyDocument(permissions);
                policy["Roles"] = new JArray(roleName.DeepClone());
                AddDependedBy(profile, source, destination, policy.LogicalId);
                return [policy];

            case ConnectorPolicyKind.SqsQueuePolicy:
                var queueUrl = Truthy(policyEnd.QueueUrl) ?? throw Error($"Unable to get SQS queue URL from '{endName}' resource.");
                var queuePolicy = New(_id + "QueuePolicy" + suffix, "AWS::SQS::QueuePolicy");
                queuePolicy["PolicyDocument"] = PolicyDocument(permissions);
                queuePolicy["Queues"] = new JArray(queueUrl.DeepClone());
                return [queuePolicy];

            case ConnectorPolicyKind.SnsTopicPolicy:
                var topicArn = Truthy(policyEnd.Arn) ?? throw Error($"Unable to get SNS topic ARN from '{endName}' resource.");
                var topicPolicy = New(_id + "TopicPolicy" + suffix, "AWS::SNS::TopicPolicy");
                topicPolicy["Topics"] = new JArray(topicArn.DeepClone());
                topicPolicy["PolicyDocument"] = PolicyDocument(permissions);
                return [topicPolicy];

            default:
                var functionArn = Truthy(policyEnd.Arn) ?? throw Error($"Unable to get Lambda function ARN from '{endName}' resource.");
                var result = new List<CfnResource>();
                foreach (var (name, values) in permissions.Where(p => _permissions.Contains(p.Key, StringComparer.Ordinal)))
                {
                    var permission = New(_id + name + "LambdaPermission" + suffix, "AWS::Lambda::Permission");
                    permission["Action"] = values["Action"]?.DeepClone();
                    permission["FunctionName"] = functionArn.DeepClone();
                    permission["Principal"] = values["Principal"]?.DeepClone();
                    permission["SourceArn"] = values["SourceArn"]?.DeepClone();
                    permission["SourceAccount"] = values["SourceAccount"]?.DeepClone();
                    result.Add(permission);
                }

                return result;
        }
    }

    private void CheckPermissions(ConnectorProfile profile, ConnectorEndpoint source, ConnectorEndpoint destination)
    {
        var valid = string.Join(", ", profile.PermissionNames);
        if (_permissions.Count == 0)
        {
            throw Error($"'Permissions' cannot be empty; valid values are: {valid}.");
        }

        if (_permissions.Any(p => !profile.PermissionNames.Contains(p, StringComparer.Ordinal)))
        {
            throw Error($"Unsupported 'Permissions' provided for connector from {source.ResourceType} to {destination.ResourceType}; valid values are: {valid}.");
        }

        if (profile.Combinations.IsEmpty)
        {
            return;
        }

        var combinations = profile.Combinations.Select(c => c.Order(StringComparer.Ordinal).ToList()).ToList();
        var asked = _permissions.Order(StringComparer.Ordinal).ToList();
        if (!combinations.Any(c => c.SequenceEqual(asked, StringComparer.Ordinal)))
        {
            var shown = string.Join(", ", combinations.Select(c => string.Join(" + ", c)));
            throw Error($"Unsupported 'Permissions' provided for connector from {source.ResourceType} to {destination.ResourceType}; valid combinations are: {shown}.");
        }
    }

    /// <summary>Every permission of the profile with its placeholders filled (all of them, as the reference does).</summary>
    private List<KeyValuePair<string, JToken>> Fill(ConnectorProfile profile, ConnectorEndpoint source, ConnectorEndpoint destination)
    {
        KeyValuePair<string, JToken?>[] replacements =
        [
            new("Source.Arn", source.Arn),
            new("Destination.Arn", destination.Arn),
            new("Source.ResourceId", source.ResourceId),
            new("Destination.ResourceId", destination.ResourceId),
            new("Source.Name", source.Name),
            new("Destination.Name", destination.Name),
            new("Source.Qualifier", source.Qualifier),
            new("Destination.Qualifier", destination.Qualifier),
        ];
        try
        {
            var filled = profile.Permissions.Select(p => new KeyValuePair<string, JToken>(p.Key, ProfileSubstitution.Replace(p.Value, replacements))).ToList();
            foreach (var (_, value) in filled)
            {
                if (ProfileSubstitution.UnreplacedMessage(value) is { } message)
                {
                    throw Error(message);
                }
            }

            return filled;
        }
        catch (ConnectorException e)
        {
            throw Error(e.Message);
        }
    }

    private JObject PolicyDocument(List<KeyValuePair<string, JToken>> permissions)
    {
        var statements = new JArray();
        foreach (var (name, value) in permissions)
        {
            if (_permissions.Contains(name, StringComparer.Ordinal))
            {
                foreach (var statement in (JArray)value["Statement"]!)
                {
                    statements.Add(statement.DeepClone());
                }
            }
        }

        return new JObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
    }

    private void AddDependedBy(ConnectorProfile profile, ConnectorEndpoint source, ConnectorEndpoint destination, string policyId)
    {
        if (profile.DependedBy == ConnectorDependency.DestinationEventSourceMapping && source.LogicalId is not null && destination.LogicalId is not null)
        {
            var mappings = ConnectorDependsOn.EventSourceMappings(_built, source.LogicalId, destination.LogicalId).ToList();
            if (mappings.Count == 1)
            {
                ConnectorDependsOn.Add(_built, mappings[0], policyId);
            }
        }

        if (profile.DependedBy == ConnectorDependency.Source && source.LogicalId is not null)
        {
            ConnectorDependsOn.Add(_built, source.LogicalId, policyId);
        }
    }

    private CfnResource New(string logicalId, string type) =>
        new CfnResource(logicalId, type) { DependsOn = _dependsOn?.DeepClone() }.WithAttributes(_attributes);

    private static JToken? Truthy(JToken? value) => Truthiness.IsTruthy(value) ? value : null;

    private SamTemplateException Error(string message) => TemplateErrors.Resource(_id, message);
}
