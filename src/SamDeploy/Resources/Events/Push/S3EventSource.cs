using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// <c>S3</c>: the permission for S3, and the template's bucket (<c>Bucket: !Ref X</c>) re-emitted with a Lambda
/// notification for each event type and an ordering on the permission (DependsOn, or a conditional tag when the
/// function has a Condition). The bucket is changed in the SAM template itself, so every event and function that
/// uses the same bucket adds to the same configuration, as in the reference.
/// </summary>
internal sealed class S3EventSource : IEventSource
{
    /// <summary>The properties of <c>AWS::S3::Bucket</c> the reference accepts.</summary>
    internal static readonly string[] BucketProperties =
    [
        "AccessControl", "AccelerateConfiguration", "AnalyticsConfigurations", "BucketEncryption", "BucketName",
        "CorsConfiguration", "IntelligentTieringConfigurations", "InventoryConfigurations", "LifecycleConfiguration",
        "LoggingConfiguration", "MetricsConfigurations", "NotificationConfiguration", "ObjectLockConfiguration",
        "ObjectLockEnabled", "OwnershipControls", "PublicAccessBlockConfiguration", "ReplicationConfiguration", "Tags",
        "VersioningConfiguration", "WebsiteConfiguration",
    ];

    public string Type => "S3";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("Bucket").AsRequired(),
        PropertySpec.Generic("Events", IsStringOrStrings, supportsIntrinsics: false).AsRequired(),
        PropertySpec.Generic("Filter", v => ValueChecks.IsMapOf(v, ValueChecks.IsString)),
    ];

    public void Link(FunctionEvent evt)
    {
        if (evt["Bucket"] is JObject bucket && bucket.ContainsKey("Ref"))
        {
            if (bucket["Ref"] is not JValue { Type: JTokenType.String } id)
            {
                throw evt.Error("'Ref' value in S3 events is not a valid string.");
            }

            if (evt.Context.Resources.ContainsKey((string)id!))
            {
                evt.Linked = (string)id!;
                return;
            }
        }

        throw evt.Error("S3 events must reference an S3 bucket in the same template.");
    }

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var bucketId = (string)evt.Linked!;
        var bucket = evt.Context.Resources[bucketId] as JObject
            ?? throw PushErrors.Linked(bucketId, "Resource dict missing key 'Type'.", evt.Context.Resources[bucketId]);
        var permission = new LambdaPermissionBuilder(evt, "s3.amazonaws.com") { SourceAccount = Fn.Ref("AWS::AccountId") }.Build();
        if (permission.GetAttribute("Condition") is { } condition)
        {
            DependOnPermissionWithTag(bucket, bucketId, permission, condition);
        }
        else
        {
            DependOnPermission(evt, bucket, permission);
        }

        AddNotifications(evt, bucket, bucketId);
        return [permission, LinkedResourceCopy.From(bucketId, bucket, "AWS::S3::Bucket", BucketProperties, supportsTags: true)];
    }

    private static bool IsStringOrStrings(JToken value) => ValueChecks.IsString(value) || ValueChecks.IsListOf(value, ValueChecks.IsString);

    /// <summary>The bucket depends on the permission, for S3 checks it may invoke the function when the notification is set.</summary>
    private static void DependOnPermission(FunctionEvent evt, JObject bucket, CfnResource permission)
    {
        var current = bucket.TryGetValue("DependsOn", StringComparison.Ordinal, out var value) ? value : new JArray();
        IEnumerable<JToken> items = current switch
        {
            JValue { Type: JTokenType.String } single => [single],
            JArray list when list.All(i => i is JValue) => list,
            JObject map => map.Properties().Select(p => (JToken)new JValue(p.Name)),
            _ => throw evt.ResourceError("Invalid type for field 'DependsOn'. Expected a string or list of strings.", current),
        };
        var unique = new List<JToken>();
        foreach (var item in items.Append(new JValue(permission.LogicalId)))
        {
            if (!unique.Any(u => JToken.DeepEquals(u, item)))
            {
                unique.Add(item.DeepClone());
            }
        }

        bucket["DependsOn"] = new JArray(unique);
    }

    /// <summary>
    /// A conditional permission cannot be a DependsOn; a tag whose value is an <c>Fn::If</c> on the permission's
    /// Condition makes the same ordering.
    /// </summary>
    private static void DependOnPermissionWithTag(JObject bucket, string bucketId, CfnResource permission, JToken condition)
    {
        if (bucket["Properties"] is null || bucket["Properties"]!.Type == JTokenType.Null)
        {
            bucket["Properties"] = new JObject();
        }

        if (bucket["Properties"] is not JObject properties)
        {
            // The reference fails here without a message; the notification step reports the bad Properties.
            return;
        }

        if (properties["Tags"] is null || properties["Tags"]!.Type == JTokenType.Null)
        {
            properties["Tags"] = new JArray();
        }

        if (properties["Tags"] is not JArray tags)
        {
            throw PushErrors.Linked(bucketId, "Property 'Tags' should be a list.", properties["Tags"]);
        }

        var combined = new JArray(tags.Select(t => t.DeepClone()))
        {
            new JObject
            {
                ["Key"] = "sam:ConditionalDependsOn:" + permission.LogicalId,
                ["Value"] = new JObject { ["Fn::If"] = new JArray(condition.DeepClone(), Fn.Ref(permission.LogicalId), "no dependency") },
            },
        };
        properties["Tags"] = combined;
    }

    private static void AddNotifications(FunctionEvent evt, JObject bucket, string bucketId)
    {
        var mappings = new List<JToken>();
        var condition = InvokeTarget.Condition(evt);
        var types = evt["Events"] is JArray list ? list.ToList() : [evt["Events"]!];
        foreach (var type in types)
        {
            var mapping = new JObject { ["Function"] = InvokeTarget.Arn(evt) };
            OptionalValues.Copy(mapping, "Filter", evt["Filter"]);
            mapping["Event"] = type.DeepClone();
            mappings.Add(condition is null ? mapping : new JObject { ["Fn::If"] = new JArray(condition.DeepClone(), mapping, Fn.NoValue()) });
        }

        if (!bucket.ContainsKey("Properties"))
        {
            bucket["Properties"] = new JObject();
        }

        // Read back what the bucket holds: Newtonsoft copies a token that already has a parent when it is assigned.
        if (bucket["Properties"] is not JObject properties)
        {
            throw PushErrors.Linked(bucketId, "Properties should be a map.", bucket["Properties"]);
        }
        if (properties["NotificationConfiguration"] is null || properties["NotificationConfiguration"]!.Type == JTokenType.Null)
        {
            properties["NotificationConfiguration"] = new JObject();
        }

        if (properties["NotificationConfiguration"] is not JObject notifications)
        {
            throw PushErrors.Linked(bucketId, "Property 'NotificationConfiguration' should be a map.", properties["NotificationConfiguration"]);
        }

        if (notifications["LambdaConfigurations"] is null || notifications["LambdaConfigurations"]!.Type == JTokenType.Null)
        {
            notifications["LambdaConfigurations"] = new JArray();
        }

        if (notifications["LambdaConfigurations"] is not JArray configurations)
        {
            throw PushErrors.Linked(bucketId, "Invalid type for LambdaConfigurations. Must be a list.", notifications["LambdaConfigurations"]);
        }

        foreach (var mapping in mappings)
        {
            if (!configurations.Any(c => JToken.DeepEquals(c, mapping)))
            {
                configurations.Add(mapping);
            }
        }
    }
}
