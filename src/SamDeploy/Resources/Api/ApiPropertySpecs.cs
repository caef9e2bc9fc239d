namespace SamDeploy.Resources.Api;

/// <summary>The properties <c>AWS::Serverless::Api</c> accepts, with the reference's type checks, in its order.</summary>
internal static class ApiPropertySpecs
{
    public static IReadOnlyList<PropertySpec> All { get; } =
    [
        PropertySpec.Generic("__MANAGE_SWAGGER", ValueChecks.IsBool),
        PropertySpec.Generic("Name", ValueChecks.IsStringOrMap),
        PropertySpec.Generic("StageName", ValueChecks.IsStringOrMap).AsRequired(),
        PropertySpec.Map("Tags"),
        PropertySpec.Generic("PropagateTags", ValueChecks.IsBool),
        PropertySpec.Map("DefinitionBody"),
        PropertySpec.Generic("DefinitionUri", ValueChecks.IsStringOrMap),
        PropertySpec.Generic("MergeDefinitions", ValueChecks.IsBool, supportsIntrinsics: false),
        PropertySpec.Generic("CacheClusterEnabled", ValueChecks.IsBool),
        PropertySpec.String("CacheClusterSize"),
        PropertySpec.Map("Variables"),
        PropertySpec.Generic("EndpointConfiguration", ValueChecks.IsStringOrMap),
        PropertySpec.Generic("MethodSettings", ValueChecks.IsList),
        PropertySpec.Generic("BinaryMediaTypes", ValueChecks.IsList),
        PropertySpec.Generic("MinimumCompressionSize", ValueChecks.IsInt),
        PropertySpec.Generic("Cors", ValueChecks.IsStringOrMap),
        PropertySpec.Map("Auth"),
        PropertySpec.Map("GatewayResponses"),
        PropertySpec.Map("AccessLogSetting"),
        PropertySpec.Map("CanarySetting"),
        PropertySpec.Generic("TracingEnabled", ValueChecks.IsBool),
        PropertySpec.String("OpenApiVersion"),
        PropertySpec.Map("Models"),
        PropertySpec.Map("Domain"),
        PropertySpec.Generic("FailOnWarnings", ValueChecks.IsBool),
        PropertySpec.String("Description"),
        PropertySpec.String("Mode"),
        PropertySpec.Generic("DisableExecuteApiEndpoint", ValueChecks.IsBool),
        PropertySpec.String("ApiKeySourceType"),
        PropertySpec.Generic("AlwaysDeploy", ValueChecks.IsBool, supportsIntrinsics: false),
        PropertySpec.Generic("Policy", ValueChecks.IsStringOrMap),
        PropertySpec.String("SecurityPolicy"),
        PropertySpec.String("EndpointAccessMode"),
    ];
}
