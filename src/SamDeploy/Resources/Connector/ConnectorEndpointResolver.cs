using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// Turns a connector's <c>Source</c> or a <c>Destination</c> into a <see cref="ConnectorEndpoint"/>: by <c>Id</c>, from
/// the resource as already transformed (a serverless function is then its <c>AWS::Lambda::Function</c>), or from
/// explicit <c>Type</c>, <c>Arn</c>, <c>RoleName</c>, <c>QueueUrl</c>, <c>ResourceId</c>, <c>Name</c> and <c>Qualifier</c>.
/// </summary>
internal static class ConnectorEndpointResolver
{
    /// <summary>Serverless types given by <c>Type</c> are read as the CloudFormation type they become.</summary>
    private static readonly Dictionary<string, string> CloudFormationTypes = new(StringComparer.Ordinal)
    {
        ["AWS::Serverless::Function"] = "AWS::Lambda::Function",
        ["AWS::Serverless::StateMachine"] = "AWS::StepFunctions::StateMachine",
        ["AWS::Serverless::Api"] = "AWS::ApiGateway::RestApi",
        ["AWS::Serverless::HttpApi"] = "AWS::ApiGatewayV2::Api",
        ["AWS::Serverless::SimpleTable"] = "AWS::DynamoDB::Table",
    };

    /// <summary>Resolves one end of a connection.</summary>
    /// <param name="reference">The end as written (<c>Source</c> or one <c>Destination</c>).</param>
    /// <param name="find">A resource of the template by logical id, as transformed so far; null when there is none.</param>
    /// <param name="other">The other end as written (to find an events rule target's role).</param>
    /// <param name="catalog">The connector profiles.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="ConnectorException">The reference cannot be used; the message is the reference's.</exception>
    public static ConnectorEndpoint Resolve(JObject reference, Func<string, JObject?> find, JObject other, ConnectorProfileCatalog catalog)
    {
        var hasId = reference.ContainsKey("Id");
        var hasOthers = reference.Properties().Any(p => p.Name is not ("Id" or "Qualifier"));
        if (hasId == hasOthers)
        {
            throw new ConnectorException("Must provide 'Id' (with optional 'Qualifier') or a supported combination of other properties.");
        }

        var id = reference["Id"];
        if (Truthiness.IsFalsy(id))
        {
            var type = NonBlankString(reference["Type"]) ?? throw new ConnectorException("'Type' is missing or not a string.");
            return new ConnectorEndpoint(
                null,
                CloudFormationTypes.GetValueOrDefault(type, type),
                reference["Arn"],
                reference["RoleName"],
                reference["QueueUrl"],
                reference["ResourceId"],
                reference["Name"],
                reference["Qualifier"]);
        }

        var logicalId = NonBlankString(id) ?? throw new ConnectorException("'Id' is missing or not a string.");
        if (find(logicalId) is not { Count: > 0 } resource)
        {
            throw new ConnectorException("Unable to find resource with logical ID '" + logicalId + "'.");
        }

        var resourceType = NonBlankString(resource["Type"]) ?? throw new ConnectorException("'Type' is missing or not a string.");
        var properties = resource["Properties"] as JObject ?? [];
        var known = catalog.ResourceTypes.GetValueOrDefault(resourceType);
        var values = known is null
            ? []
            : (JObject)ProfileSubstitution.Replace(known.Values, [new("logicalId", logicalId)]);
        var qualifier = reference.TryGetValue("Qualifier", StringComparison.Ordinal, out var given) ? given : values["Qualifier"];
        return new ConnectorEndpoint(
            logicalId,
            resourceType,
            values["Arn"],
            RoleName(known, properties, other),
            values["Url"],
            values["Id"],
            values["Name"],
            qualifier);
    }

    /// <summary>The logical id a <c>Ref</c> or two-part <c>Fn::GetAtt</c> names, as the reference reads it; else null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The logical id or null.</returns>
    public static string? LogicalIdOf(JToken? value)
    {
        if (!Fn.IsIntrinsic(value))
        {
            return null;
        }

        var map = (JObject)value!;
        if (map["Ref"] is JValue { Type: JTokenType.String } reference)
        {
            return (string?)reference;
        }

        return map["Fn::GetAtt"] switch
        {
            JArray { Count: 2 } list when list[0].Type == JTokenType.String => (string?)list[0],
            JValue { Type: JTokenType.String } dotted when ((string)dotted!).Split('.') is { Length: 2 } parts => parts[0],
            _ => null,
        };
    }

    private static JToken? RoleName(ConnectorResourceType? known, JObject properties, JObject other)
    {
        JToken? role = null;
        if (known?.RoleProperty is { } property)
        {
            role = properties[property];
        }
        else if (known?.RoleFromRuleTarget == true)
        {
            role = RuleTargetRole(properties, other);
        }

        if (Truthiness.IsFalsy(role))
        {
            return null;
        }

        return LogicalIdOf(role) is { } roleId ? Fn.Ref(roleId) : null;
    }

    /// <summary>The <c>RoleArn</c> of the events rule target that is the other end (by logical id or by ARN).</summary>
    private static JToken? RuleTargetRole(JObject properties, JObject other)
    {
        var otherId = other["Id"];
        var otherArn = other["Arn"];
        if (properties["Targets"] is not JArray targets)
        {
            return null;
        }

        foreach (var target in targets.OfType<JObject>())
        {
            var targetArn = target["Arn"];
            var targetId = LogicalIdOf(targetArn);
            var byId = targetId is not null && otherId is JValue { Type: JTokenType.String } && string.Equals(targetId, (string?)otherId, StringComparison.Ordinal);
            var byArn = Truthiness.IsTruthy(otherArn) && targetArn is not null && JToken.DeepEquals(targetArn, otherArn);
            if (byId || byArn)
            {
                return target["RoleArn"];
            }
        }

        return null;
    }

    private static string? NonBlankString(JToken? value) =>
        value is JValue { Type: JTokenType.String } text && ((string)text!).Length > 0 ? (string)text! : null;
}
