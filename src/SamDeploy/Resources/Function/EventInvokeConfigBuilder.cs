using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>
/// Builds the <c>AWS::Lambda::EventInvokeConfig</c> of EventInvokeConfig, the SQS queue or SNS topic SAM creates for a
/// destination without an ARN (conditionally when the destination is an Fn::If with AWS::NoValue), and the role
/// policies that let the function reach each destination.
/// </summary>
internal static class EventInvokeConfigBuilder
{
    private static readonly string[] AcceptedTypes = ["SQS", "SNS", "EventBridge", "Lambda", "S3Bucket"];
    private static readonly string[] AutoCreatedTypes = ["SQS", "SNS"];
    private const int ConditionNameLimit = 255;

    public static (List<CfnResource> Resources, List<JToken> Policies) Build(FunctionScope function, string aliasName, CfnResource? alias)
    {
        var resources = new List<CfnResource>();
        var policies = new List<JToken>();
        var config = (JObject)function.Parameters.Resolve(function["EventInvokeConfig"])!;
        var logicalId = function.LogicalId + "EventInvokeConfig";
        var invokeConfig = new CfnResource(logicalId, "AWS::Lambda::EventInvokeConfig").WithAttributes(function.Attributes.All);
        if (alias is not null)
        {
            invokeConfig.DependsOn = new JArray(alias.LogicalId);
        }

        var destinations = new JObject();
        var inputDestinations = config["DestinationConfig"];
        if (Truthiness.IsTruthy(inputDestinations))
        {
            if (inputDestinations is not JObject destinationMap)
            {
                throw function.Error("Property 'EventInvokeConfig.DestinationConfig' should be a map.", "EventInvokeConfig");
            }

            foreach (var name in new[] { "OnSuccess", "OnFailure" })
            {
                var value = destinationMap[name];
                if (value is null || value.Type == JTokenType.Null)
                {
                    continue;
                }

                if (value is not JObject destinationConfig)
                {
                    throw function.Error($"Property 'EventInvokeConfig.DestinationConfig.{name}' should be a map.", "EventInvokeConfig");
                }

                // The reference writes each destination back into the function's DestinationConfig, which for a map
                // shared through Globals is the next function's too: that one then takes this one's destination.
                var sharedWrites = function.Context.State<Transform.Plugins.Globals.SharedGlobalWrites>();
                sharedWrites.ApplyTo(destinationConfig);
                var (resource, destination, policy) = Destination(function, destinationConfig, name, logicalId);
                destinations[name] = new JObject { ["Destination"] = destination?.DeepClone() };
                destinationConfig["Destination"] = destination?.DeepClone();
                sharedWrites.Record(destinationConfig, "Destination", destination ?? JValue.CreateNull());
                if (resource is not null)
                {
                    resources.Add(resource);
                }

                if (policy is not null)
                {
                    policies.Add(policy);
                }
            }
        }

        invokeConfig["FunctionName"] = Fn.Ref(function.LogicalId);
        invokeConfig["Qualifier"] = aliasName.Length > 0 ? aliasName : "$LATEST";
        invokeConfig["DestinationConfig"] = destinations;
        invokeConfig["MaximumEventAgeInSeconds"] = config["MaximumEventAgeInSeconds"];
        invokeConfig["MaximumRetryAttempts"] = config["MaximumRetryAttempts"];
        resources.Add(invokeConfig);
        return (resources, policies);
    }

    private static (CfnResource? Resource, JToken? Destination, JToken? Policy) Destination(FunctionScope function, JObject config, string eventName, string logicalId)
    {
        var type = config["Type"] is JValue { Type: JTokenType.String } typeValue ? (string?)typeValue : null;
        var resourceLogicalId = logicalId + eventName;
        if (type is null || !AcceptedTypes.Contains(type, StringComparer.Ordinal))
        {
            var shown = config["Type"] is null or { Type: JTokenType.Null } ? "None" : PythonRepr.Format(config["Type"]);
            throw function.Error($"'Type: {shown}' must be one of ['SQS', 'SNS', 'EventBridge', 'Lambda', 'S3Bucket']", "EventInvokeConfig");
        }

        var given = config["Destination"] is { Type: not JTokenType.Null } d ? d : null;
        var (propertyCondition, destinationArn) = ConditionOf(function, given, logicalId);
        JToken? destination = given;
        JToken? policy = null;
        CfnResource? resource = null;
        if (given is null || propertyCondition is not null)
        {
            var combined = AndConditions(function, function.Attributes.Condition, propertyCondition);
            if (!AutoCreatedTypes.Contains(type, StringComparer.Ordinal))
            {
                throw function.Error("Destination is required if Type is not ['SQS', 'SNS']", "EventInvokeConfig");
            }

            resource = type == "SQS"
                ? new CfnResource(resourceLogicalId + "Queue", "AWS::SQS::Queue", supportsTags: true)
                : new CfnResource(resourceLogicalId + "Topic", "AWS::SNS::Topic", supportsTags: true);
            resource.WithAttributes(function.Attributes.PassThroughOnly);
            if (combined is not null && Truthiness.IsTruthy(combined))
            {
                resource.SetAttribute("Condition", combined);
            }

            JToken arn = type == "SQS" ? Fn.GetAtt(resource.LogicalId, "Arn") : Fn.Ref(resource.LogicalId);
            destination = propertyCondition is not null ? new JObject { ["Fn::If"] = new JArray(propertyCondition, arn, destinationArn ?? JValue.CreateNull()) } : arn;
            policy = DestinationPolicy(type, resourceLogicalId, destination);
        }

        if (given is not null && propertyCondition is null)
        {
            policy = DestinationPolicy(type, resourceLogicalId, given);
        }

        return (resource, destination, policy);
    }

    private static (JToken? Condition, JToken? Arn) ConditionOf(FunctionScope function, JToken? destination, string logicalId)
    {
        if (destination is null || !Fn.IsIf(destination))
        {
            return (null, null);
        }

        if (Fn.ValidateIfItems(destination, out var items) is { } error)
        {
            throw TemplateErrors.Resource(logicalId, $"Malformed 'Destination' property: {error}.", destination);
        }

        if (Fn.IsNoValue(items[1]) && Fn.IsNoValue(items[2]))
        {
            return (null, null);
        }

        if (Fn.IsNoValue(items[1]))
        {
            return (items[0], items[2]);
        }

        if (Fn.IsNoValue(items[2]))
        {
            var condition = items[0].ToString();
            var notCondition = GeneratedConditionName("NOT" + condition, logicalId);
            Conditions(function)[notCondition] = Fn.NotCondition(condition);
            return (new JValue(notCondition), items[1]);
        }

        return (null, null);
    }

    private static JToken? AndConditions(FunctionScope function, JToken? resourceCondition, JToken? propertyCondition)
    {
        if (resourceCondition is null)
        {
            return propertyCondition;
        }

        if (propertyCondition is null)
        {
            return resourceCondition;
        }

        var name = GeneratedConditionName(resourceCondition + "AND" + propertyCondition, function.LogicalId);
        Conditions(function)[name] = new JObject
        {
            // The reference wraps each operand twice ({"Condition": {"Condition": name}}); reproduced as it emits it.
            ["Fn::And"] = new JArray(
                new JObject { ["Condition"] = new JObject { ["Condition"] = resourceCondition.DeepClone() } },
                new JObject { ["Condition"] = new JObject { ["Condition"] = propertyCondition.DeepClone() } }),
        };
        return name;
    }

    private static string GeneratedConditionName(string name, string hashInput)
    {
        var conditionName = name + LogicalIdGenerator.Hash(new JValue(hashInput));
        return conditionName.Length > ConditionNameLimit ? conditionName[..ConditionNameLimit] : conditionName;
    }

    private static JObject Conditions(FunctionScope function)
    {
        if (function.Context.Output["Conditions"] is not JObject conditions)
        {
            conditions = [];
            function.Context.Output["Conditions"] = conditions;
        }

        return conditions;
    }

    private static JObject DestinationPolicy(string type, string logicalId, JToken arn)
    {
        JObject Statement(string action, JToken resource) => new() { ["Action"] = action, ["Effect"] = "Allow", ["Resource"] = resource.DeepClone() };
        JObject Policy(string suffix, params JObject[] statements) => new()
        {
            ["PolicyName"] = logicalId + suffix,
            ["PolicyDocument"] = new JObject { ["Statement"] = new JArray(statements) },
        };

        return type switch
        {
            "SQS" => Policy("SQSPolicy", Statement("sqs:SendMessage", arn)),
            "SNS" => Policy("SNSPolicy", Statement("sns:publish", arn)),
            "EventBridge" => Policy("EventBridgePolicy", Statement("events:PutEvents", arn)),
            "Lambda" => Policy("LambdaPolicy", Statement("lambda:InvokeFunction", arn)),
            _ => Policy(
                "S3Policy",
                Statement("s3:PutObject", new JObject { ["Fn::Join"] = new JArray("/", new JArray(arn.DeepClone(), "*")) }),
                Statement("s3:ListBucket", arn)),
        };
    }
}
