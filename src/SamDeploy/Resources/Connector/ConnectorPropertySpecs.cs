using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Connector;

/// <summary>The properties of <c>AWS::Serverless::Connector</c>, with the reference's checks, in its order.</summary>
internal static class ConnectorPropertySpecs
{
    /// <summary>The resource type.</summary>
    public const string ResourceType = "AWS::Serverless::Connector";

    /// <summary>Source (a map), Destination (a map or a list of maps), Permissions (a list of strings); all required.</summary>
    public static IReadOnlyList<PropertySpec> All { get; } =
    [
        PropertySpec.Generic("Source", ValueChecks.IsMap).AsRequired(),
        PropertySpec.Generic("Destination", v => v is JObject || ValueChecks.IsListOf(v, ValueChecks.IsMap)).AsRequired(),
        PropertySpec.Generic("Permissions", v => ValueChecks.IsListOf(v, ValueChecks.IsString)).AsRequired(),
    ];
}
