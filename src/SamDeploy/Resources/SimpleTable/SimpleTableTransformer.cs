using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.SimpleTable;

/// <summary>Transforms <c>AWS::Serverless::SimpleTable</c> into an <c>AWS::DynamoDB::Table</c> with one hash key, as the reference does.</summary>
internal sealed class SimpleTableTransformer : IResourceTransformer
{
    private static readonly IReadOnlyList<PropertySpec> Specs =
    [
        PropertySpec.PassThrough("PointInTimeRecoverySpecification"),
        PropertySpec.Generic("PrimaryKey", v => ValueChecks.IsMapOf(v, ValueChecks.IsString)),
        PropertySpec.Generic("ProvisionedThroughput", v => ValueChecks.IsMapOf(v, x => ValueChecks.IsInt(x) || ValueChecks.IsMap(x))),
        PropertySpec.Generic("TableName", ValueChecks.IsStringOrMap),
        PropertySpec.Map("Tags"),
        PropertySpec.Map("SSESpecification"),
    ];

    private static readonly Dictionary<string, string> AttributeTypes = new(StringComparer.Ordinal)
    {
        ["String"] = "S",
        ["Number"] = "N",
        ["Binary"] = "B",
    };

    /// <inheritdoc />
    public string ResourceType => "AWS::Serverless::SimpleTable";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var id = resource.LogicalId;
        var properties = resource.Properties;
        PropertySpec.RejectUnknown(id, ResourceType, properties, Specs);
        PropertySpec.Validate(id, properties, Specs);
        JToken? Get(string name) => properties[name] is { Type: not JTokenType.Null } value ? value : null;

        var table = new CfnResource(id, "AWS::DynamoDB::Table", supportsTags: true) { DependsOn = resource.Definition["DependsOn"] }
            .WithAttributes(ResourceAttributes.Of(resource.Definition).All);
        JObject primaryKey;
        if (Truthiness.IsTruthy(Get("PrimaryKey")))
        {
            var key = (JObject)Get("PrimaryKey")!;
            var name = key["Name"] is { Type: not JTokenType.Null } n ? n : throw TemplateErrors.Resource(id, "Property 'PrimaryKey.Name' is required.", key, "PrimaryKey");
            var type = key["Type"] is { Type: not JTokenType.Null } t ? t : throw TemplateErrors.Resource(id, "Property 'PrimaryKey.Type' is required.", key, "PrimaryKey");
            var typeName = type is JValue { Type: JTokenType.String } s ? (string)s! : null;
            if (typeName is null || !AttributeTypes.TryGetValue(typeName, out var code))
            {
                throw TemplateErrors.Resource(id, $"Invalid 'Type' \"{Templates.Intrinsics.PythonRepr.Format(type)}\".", type, "PrimaryKey");
            }

            primaryKey = new JObject { ["AttributeName"] = name, ["AttributeType"] = code };
        }
        else
        {
            primaryKey = new JObject { ["AttributeName"] = "id", ["AttributeType"] = "S" };
        }

        table["AttributeDefinitions"] = new JArray(primaryKey);
        table["KeySchema"] = new JArray(new JObject { ["AttributeName"] = primaryKey["AttributeName"]!.DeepClone(), ["KeyType"] = "HASH" });
        if (Truthiness.IsTruthy(Get("PointInTimeRecoverySpecification")))
        {
            table["PointInTimeRecoverySpecification"] = Get("PointInTimeRecoverySpecification");
        }

        if (Truthiness.IsTruthy(Get("ProvisionedThroughput")))
        {
            table["ProvisionedThroughput"] = Get("ProvisionedThroughput");
        }

        if (Truthiness.IsTruthy(Get("TableName")))
        {
            table["TableName"] = Get("TableName");
        }

        if (Truthiness.IsTruthy(Get("Tags")))
        {
            table["Tags"] = TagList.From((JObject)Get("Tags")!);
        }

        if (Truthiness.IsTruthy(Get("SSESpecification")))
        {
            table["SSESpecification"] = Get("SSESpecification");
        }

        if (Truthiness.IsFalsy(Get("ProvisionedThroughput")))
        {
            table["BillingMode"] = "PAY_PER_REQUEST";
        }

        return new KeyValuePair<string, JObject>[] { new(id, table.ToJson()) };
    }
}
