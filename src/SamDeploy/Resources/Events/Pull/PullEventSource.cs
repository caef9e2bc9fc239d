using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Iam;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// What every pull event source (SQS, Kinesis, DynamoDB, MSK, MQ, SelfManagedKafka, DocumentDB) shares: Lambda polls
/// the source, so the event becomes one <c>AWS::Lambda::EventSourceMapping</c> named like the event, and the function's
/// execution role gets the managed policy and inline statements the poller needs.
/// </summary>
internal abstract class PullEventSource : IEventSource
{
    /// <inheritdoc />
    public abstract string Type { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<PropertySpec> Properties { get; }

    /// <summary>The value of the mapping's EventSourceArn (the stream, queue, broker or cluster), or null.</summary>
    protected abstract JToken? EventSourceArn(FunctionEvent evt);

    /// <summary>The path of the AWS managed policy the role gets (under <c>arn:PARTITION:iam::aws:policy/</c>), or null.</summary>
    protected virtual string? ManagedPolicyPath => null;

    /// <summary>Inline policies (PolicyName + PolicyDocument) the role gets; checks the properties they are built from.</summary>
    protected virtual IReadOnlyList<JObject>? InlinePolicies(FunctionEvent evt) => null;

    /// <summary>Sets the source's own mapping properties (DocumentDBEventSourceConfig ...).</summary>
    protected virtual void AddSourceFields(FunctionEvent evt, CfnResource mapping)
    {
    }

    /// <inheritdoc />
    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var mapping = new CfnResource(evt.LogicalId, "AWS::Lambda::EventSourceMapping").WithAttributes(evt.Target.PassThroughAttributes());
        mapping["FunctionName"] = Fn.Ref(evt.Target.LogicalId);
        mapping["EventSourceArn"] = EventSourceArn(evt)?.DeepClone();
        foreach (var name in PassedToMapping)
        {
            mapping[name] = evt[name]?.DeepClone();
        }

        FilterCriteriaCheck.Validate(evt);
        AddKafkaFields(evt, mapping);
        var destinationPolicy = OnFailureDestination.Apply(evt, mapping);
        AddSourceFields(evt, mapping);

        var managed = ManagedPolicyPath is { } path ? ManagedPolicyResolver.AwsManagedArn(evt.Context.Partition, path) : null;
        var inline = InlinePolicies(evt);
        if (evt.Role is { } role)
        {
            RolePolicies.Add(role, managed, inline, destinationPolicy);
        }

        return [mapping];
    }

    /// <summary>The event properties copied to the mapping as written, in the reference's order.</summary>
    private static readonly string[] PassedToMapping =
    [
        "StartingPosition", "StartingPositionTimestamp", "BatchSize", "Enabled", "MaximumBatchingWindowInSeconds",
        "MaximumRetryAttempts", "BisectBatchOnFunctionError", "MaximumRecordAgeInSeconds", "ParallelizationFactor",
        "Topics", "Queues", "SourceAccessConfigurations", "TumblingWindowInSeconds", "FunctionResponseTypes",
        "FilterCriteria", "KmsKeyArn", "ScalingConfig", "ProvisionedPollerConfig", "MetricsConfig", "LoggingConfig",
    ];

    /// <summary>KafkaBootstrapServers, ConsumerGroupId and SchemaRegistryConfig, which only Kafka sources accept.</summary>
    private void AddKafkaFields(FunctionEvent evt, CfnResource mapping)
    {
        if (Truthiness.IsTruthy(evt["KafkaBootstrapServers"]))
        {
            mapping["SelfManagedEventSource"] = new JObject
            {
                ["Endpoints"] = new JObject { ["KafkaBootstrapServers"] = evt["KafkaBootstrapServers"]!.DeepClone() },
            };
        }

        var configName = Type switch
        {
            "MSK" => "AmazonManagedKafkaEventSourceConfig",
            "SelfManagedKafka" => "SelfManagedKafkaEventSourceConfig",
            _ => null,
        };
        if (Truthiness.IsTruthy(evt["ConsumerGroupId"]))
        {
            if (configName is null)
            {
                throw PullErrors.EventByLogicalId(evt, $"Property ConsumerGroupId not defined for resource of type {Type}.");
            }

            mapping[configName] = new JObject { ["ConsumerGroupId"] = evt["ConsumerGroupId"]!.DeepClone() };
        }

        if (configName is not null && Truthiness.IsTruthy(evt["SchemaRegistryConfig"]))
        {
            if (mapping[configName] is not JObject config)
            {
                config = [];
                mapping[configName] = config;
            }

            config["SchemaRegistryConfig"] = evt["SchemaRegistryConfig"]!.DeepClone();
        }
    }

    /// <summary>The properties every pull source accepts, in the reference's order, with <paramref name="own"/> replacing or following them.</summary>
    protected static IReadOnlyList<PropertySpec> WithCommon(params PropertySpec[] own)
    {
        var specs = new List<PropertySpec>
        {
            PropertySpec.Generic("BatchSize", ValueChecks.IsInt),
            PropertySpec.PassThrough("StartingPosition"),
            PropertySpec.PassThrough("StartingPositionTimestamp"),
            PropertySpec.Generic("Enabled", ValueChecks.IsBool),
            PropertySpec.Generic("MaximumBatchingWindowInSeconds", ValueChecks.IsInt),
            PropertySpec.Generic("MaximumRetryAttempts", ValueChecks.IsInt),
            PropertySpec.Generic("BisectBatchOnFunctionError", ValueChecks.IsBool),
            PropertySpec.Generic("MaximumRecordAgeInSeconds", ValueChecks.IsInt),
            PropertySpec.Map("DestinationConfig"),
            PropertySpec.Generic("ParallelizationFactor", ValueChecks.IsInt),
            PropertySpec.Generic("Topics", ValueChecks.IsList),
            PropertySpec.Generic("Queues", ValueChecks.IsList),
            PropertySpec.Generic("SourceAccessConfigurations", ValueChecks.IsList),
            PropertySpec.String("SecretsManagerKmsKeyId"),
            PropertySpec.Generic("TumblingWindowInSeconds", ValueChecks.IsInt),
            PropertySpec.Generic("FunctionResponseTypes", ValueChecks.IsList),
            PropertySpec.Generic("KafkaBootstrapServers", ValueChecks.IsList),
            PropertySpec.Map("FilterCriteria"),
            PropertySpec.PassThrough("KmsKeyArn"),
            PropertySpec.String("ConsumerGroupId"),
            PropertySpec.Map("ScalingConfig"),
            PropertySpec.Map("ProvisionedPollerConfig"),
            PropertySpec.Map("SchemaRegistryConfig"),
            PropertySpec.Map("MetricsConfig"),
            PropertySpec.Map("LoggingConfig"),
        };
        foreach (var spec in own)
        {
            var index = specs.FindIndex(s => s.Name == spec.Name);
            if (index >= 0)
            {
                specs[index] = spec;
            }
            else
            {
                specs.Add(spec);
            }
        }

        return specs;
    }
}
