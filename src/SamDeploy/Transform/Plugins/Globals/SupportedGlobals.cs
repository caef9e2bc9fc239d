namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// What a <c>Globals</c> section may hold: one section per serverless resource type and, for each, the properties
/// that section may set. The lists keep the reference's order, because its error messages print them in that order.
/// </summary>
internal static class SupportedGlobals
{
    /// <summary>The prefix that turns a section name (<c>Function</c>) into a resource type.</summary>
    public const string ResourceTypePrefix = "AWS::Serverless::";

    /// <summary>The sections, in the reference's declaration order, each with its properties.</summary>
    /// <remarks>An array of a class, not of <c>KeyValuePair</c>: generic code over a struct from another assembly is compiled at run time on every start (README, Performance).</remarks>
    public static IReadOnlyList<GlobalsSectionSpec> Sections { get; } =
    [
        Section(
            "Function",
            "Handler", "Runtime", "CodeUri", "DeadLetterQueue", "Description", "MemorySize", "Timeout", "VpcConfig",
            "Environment", "Tags", "PropagateTags", "Tracing", "KmsKeyArn", "AutoPublishAlias",
            "AutoPublishAliasAllProperties", "Layers", "DeploymentPreference", "RolePath", "PermissionsBoundary",
            "ReservedConcurrentExecutions", "ProvisionedConcurrencyConfig", "AssumeRolePolicyDocument",
            "EventInvokeConfig", "FileSystemConfigs", "CodeSigningConfigArn", "Architectures", "SnapStart",
            "EphemeralStorage", "FunctionUrlConfig", "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop",
            "SourceKMSKeyArn", "TenancyConfig", "DurableConfig", "CapacityProviderConfig", "FunctionScalingConfig",
            "PublishToLatestPublished", "VersionDeletionPolicy"),

        // Not DefinitionBody (merging two OpenAPI documents is ill-defined) and not StageName (the implicit API
        // sets its own, which would always win over the global one).
        Section(
            "Api",
            "Auth", "Name", "DefinitionUri", "CacheClusterEnabled", "CacheClusterSize", "MergeDefinitions", "Variables",
            "EndpointConfiguration", "MethodSettings", "BinaryMediaTypes", "MinimumCompressionSize", "Cors",
            "GatewayResponses", "AccessLogSetting", "CanarySetting", "TracingEnabled", "OpenApiVersion", "Domain",
            "AlwaysDeploy", "PropagateTags", "SecurityPolicy", "EndpointAccessMode"),
        Section(
            "HttpApi",
            "Auth", "AccessLogSettings", "StageVariables", "Tags", "CorsConfiguration", "DefaultRouteSettings", "Domain",
            "RouteSettings", "FailOnWarnings", "PropagateTags"),
        Section("SimpleTable", "SSESpecification"),
        Section("StateMachine", "PropagateTags"),
        Section("LayerVersion", "PublishLambdaVersion"),
        Section(
            "CapacityProvider",
            "VpcConfig", "OperatorRole", "Tags", "InstanceRequirements", "ScalingConfig", "KmsKeyArn", "PropagateTags"),
        Section(
            "WebSocketApi",
            "AccessLogSettings", "ApiKeySelectionExpression", "DefaultRouteSettings", "DisableExecuteApiEndpoint",
            "DisableSchemaValidation", "Domain", "FailOnWarnings", "IpAddressType", "PropagateTags",
            "RouteSelectionExpression", "RouteSettings", "StageVariables", "Tags"),
    ];

    /// <summary>The section names sorted ordinally, as the "is not supported" message lists them.</summary>
    public static IReadOnlyList<string> SortedSectionNames { get; } = SortedNames();

    private static readonly Dictionary<string, string[]> BySection = ByName();

    /// <summary>The properties a section may set.</summary>
    /// <param name="sectionName">The section's name (<c>Function</c>, <c>Api</c>, ...).</param>
    /// <param name="properties">The properties, in the reference's order.</param>
    /// <returns>Whether the section is supported.</returns>
    public static bool TryGetProperties(string sectionName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string[]? properties) =>
        BySection.TryGetValue(sectionName, out properties);

    private static GlobalsSectionSpec Section(string name, params string[] properties) => new(name, properties);

    private static string[] SortedNames()
    {
        var names = new string[Sections.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Sections[i].Name;
        }

        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    private static Dictionary<string, string[]> ByName()
    {
        var byName = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            byName.Add(section.Name, section.Properties);
        }

        return byName;
    }
}

/// <summary>A section of <c>Globals</c> and the properties it may set.</summary>
/// <param name="Name">The section's name (<c>Function</c>, <c>Api</c>, ...).</param>
/// <param name="Properties">The properties, in the reference's order.</param>
internal sealed record GlobalsSectionSpec(string Name, string[] Properties);
