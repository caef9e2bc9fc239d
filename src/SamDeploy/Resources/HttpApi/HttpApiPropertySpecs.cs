namespace SamDeploy.Resources.HttpApi;

/// <summary>The properties <c>AWS::Serverless::HttpApi</c> accepts, with the reference's type checks, in its order.</summary>
internal static class HttpApiPropertySpecs
{
    public static IReadOnlyList<PropertySpec> All { get; } =
    [
        PropertySpec.Generic("__MANAGE_SWAGGER", ValueChecks.IsBool),
        PropertySpec.PassThrough("Name"),
        PropertySpec.Generic("StageName", ValueChecks.IsStringOrMap),
        PropertySpec.Map("Tags"),
        PropertySpec.Generic("PropagateTags", ValueChecks.IsBool),
        PropertySpec.Map("DefinitionBody"),
        PropertySpec.Generic("DefinitionUri", ValueChecks.IsStringOrMap),
        PropertySpec.Map("StageVariables"),
        PropertySpec.Generic("CorsConfiguration", v => ValueChecks.IsBool(v) || ValueChecks.IsMap(v)),
        PropertySpec.Map("AccessLogSettings"),
        PropertySpec.Map("DefaultRouteSettings"),
        PropertySpec.Map("Auth"),
        PropertySpec.Map("RouteSettings"),
        PropertySpec.Map("Domain"),
        PropertySpec.Generic("FailOnWarnings", ValueChecks.IsBool),
        PropertySpec.String("Description"),
        PropertySpec.Generic("DisableExecuteApiEndpoint", ValueChecks.IsBool),
    ];
}
