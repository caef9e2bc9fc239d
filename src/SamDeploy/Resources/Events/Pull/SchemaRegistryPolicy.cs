using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// A Kafka event's SchemaRegistryConfig: the reference's checks of its fields, and the statements that let the poller
/// read the access secrets and, for an AWS Glue registry ARN, the registry and its schema versions.
/// </summary>
internal static class SchemaRegistryPolicy
{
    private static readonly string[] RequiredFields = ["SchemaRegistryURI", "EventRecordFormat", "SchemaValidationConfigs"];

    /// <summary>The statements for the event's SchemaRegistryConfig; none when it is not set.</summary>
    public static List<JObject> Statements(FunctionEvent evt)
    {
        var statements = new List<JObject>();
        var value = evt["SchemaRegistryConfig"];
        if (Truthiness.IsFalsy(value))
        {
            return statements;
        }

        var config = Validate(evt, value!);
        if (config["AccessConfigs"] is JArray accessConfigs)
        {
            foreach (var access in accessConfigs.OfType<JObject>().Where(a => a.ContainsKey("URI")))
            {
                statements.Add(Statement(new JArray("secretsmanager:GetSecretValue"), access["URI"]!.DeepClone()));
            }
        }

        var registryUri = config["SchemaRegistryURI"];
        if (RegistryName(RegistryArn(evt, registryUri)) is { } registryName)
        {
            statements.Add(Statement(new JArray("glue:GetRegistry"), registryUri?.DeepClone() ?? JValue.CreateNull()));
            statements.Add(Statement(
                new JArray("glue:GetSchemaVersion"),
                new JArray(Fn.Sub("arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/" + registryName + "/*"))));
        }

        return statements;
    }

    private static JObject Validate(FunctionEvent evt, JToken value)
    {
        if (value is not JObject config)
        {
            throw PullErrors.Event(evt, PullErrors.ShouldBe("SchemaRegistryConfig", "map"), value);
        }

        foreach (var field in RequiredFields)
        {
            if (!config.ContainsKey(field))
            {
                throw PullErrors.Event(evt, $"Missing required field {field} in SchemaRegistryConfig", config);
            }
        }

        if (!(config["EventRecordFormat"] is JValue { Type: JTokenType.String } format && (string?)format is "JSON" or "SOURCE"))
        {
            throw PullErrors.Event(evt, "EventRecordFormat in SchemaRegistryConfig must be either 'JSON' or 'SOURCE'", config["EventRecordFormat"]);
        }

        if (config["SchemaValidationConfigs"] is not JArray)
        {
            throw PullErrors.Event(evt, "SchemaValidationConfigs must be a list", config["SchemaValidationConfigs"]);
        }

        var accessConfigs = config["AccessConfigs"];
        if (Truthiness.IsTruthy(accessConfigs))
        {
            if (accessConfigs is not JArray list)
            {
                throw PullErrors.Event(evt, "AccessConfigs in SchemaRegistryConfig must be a list", accessConfigs);
            }

            if (list.Any(a => a is not JObject access || !access.ContainsKey("Type") || !access.ContainsKey("URI")))
            {
                throw PullErrors.Event(evt, "Each AccessConfig must be a dict with 'Type' and 'URI' fields", list);
            }
        }

        return config;
    }

    /// <summary>The registry ARN as text: the URI itself, or the text of an Fn::Sub after parameter substitution.</summary>
    private static string? RegistryArn(FunctionEvent evt, JToken? uri)
    {
        if (uri is JValue { Type: JTokenType.String } text)
        {
            return (string)text!;
        }

        if (uri is JObject)
        {
            var resolved = evt.Function.Parameters.ResolveCopy(uri);
            return resolved is JObject map && map["Fn::Sub"] is JValue { Type: JTokenType.String } sub ? (string)sub! : null;
        }

        return null;
    }

    /// <summary>The registry name of <c>arn:...:registry/NAME</c> (sixth segment), or null.</summary>
    private static string? RegistryName(string? arn)
    {
        if (arn is null || !arn.StartsWith("arn", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = arn.Split(':');
        return parts.Length >= 6 && parts[5].StartsWith("registry/", StringComparison.Ordinal) ? parts[5]["registry/".Length..] : null;
    }

    private static JObject Statement(JArray actions, JToken resource) => new()
    {
        ["Action"] = actions,
        ["Effect"] = "Allow",
        ["Resource"] = resource,
    };
}
