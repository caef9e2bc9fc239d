using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins.Globals;
using Xunit;

namespace SamDeploy.Tests.Globals;

public class GlobalsSectionTests
{
    private const string Prefix = "'Globals' section is invalid. ";

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("5")]
    public void A_section_that_is_not_a_map_is_rejected(string globals) =>
        ErrorOf(JToken.Parse(globals)).Should().Be(Prefix + "It must be a non-empty dictionary");

    [Fact]
    public void An_empty_map_is_accepted() =>
        GlobalsSection.Parse(new JObject()).ResourceTypes.Should().BeEmpty();

    [Fact]
    public void An_unknown_section_lists_the_sections_sorted() =>
        ErrorOf(JObject.Parse("{\"NewType\":{\"Key\":\"Value\"}}")).Should().Be(
            Prefix + "'NewType' is not supported. Must be one of the following values - "
            + "['Api', 'CapacityProvider', 'Function', 'HttpApi', 'LayerVersion', 'SimpleTable', 'StateMachine', 'WebSocketApi']");

    [Fact]
    public void Section_names_are_case_sensitive() =>
        ErrorOf(JObject.Parse("{\"function\":{}}")).Should().StartWith(Prefix + "'function' is not supported.");

    [Theory]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("null")]
    public void A_section_that_is_not_a_map_gets_the_references_literal_message(string value) =>
        ErrorOf(JObject.Parse("{\"Function\":" + value + "}")).Should().Be(Prefix + "Value of ${section} must be a dictionary");

    [Fact]
    public void An_unknown_section_is_reported_before_a_later_section_that_is_not_a_map() =>
        ErrorOf(JObject.Parse("{\"Nope\":{},\"Function\":[]}")).Should().StartWith(Prefix + "'Nope' is not supported.");

    [Fact]
    public void An_unsupported_function_property_lists_the_supported_ones_in_declaration_order() =>
        ErrorOf(JObject.Parse("{\"Function\":{\"AutoPublishAlias\":\"live\",\"SomeKey\":\"Value\"}}")).Should().Be(
            Prefix + "'SomeKey' is not a supported property of 'Function'. Must be one of the following values - "
            + "['Handler', 'Runtime', 'CodeUri', 'DeadLetterQueue', 'Description', 'MemorySize', 'Timeout', 'VpcConfig', "
            + "'Environment', 'Tags', 'PropagateTags', 'Tracing', 'KmsKeyArn', 'AutoPublishAlias', 'AutoPublishAliasAllProperties', "
            + "'Layers', 'DeploymentPreference', 'RolePath', 'PermissionsBoundary', 'ReservedConcurrentExecutions', "
            + "'ProvisionedConcurrencyConfig', 'AssumeRolePolicyDocument', 'EventInvokeConfig', 'FileSystemConfigs', "
            + "'CodeSigningConfigArn', 'Architectures', 'SnapStart', 'EphemeralStorage', 'FunctionUrlConfig', "
            + "'RuntimeManagementConfig', 'LoggingConfig', 'RecursiveLoop', 'SourceKMSKeyArn', 'TenancyConfig', 'DurableConfig', "
            + "'CapacityProviderConfig', 'FunctionScalingConfig', 'PublishToLatestPublished', 'VersionDeletionPolicy']");

    [Theory]
    [InlineData("Api", "StageName", "['Auth', 'Name', 'DefinitionUri', 'CacheClusterEnabled', 'CacheClusterSize', 'MergeDefinitions', 'Variables', 'EndpointConfiguration', 'MethodSettings', 'BinaryMediaTypes', 'MinimumCompressionSize', 'Cors', 'GatewayResponses', 'AccessLogSetting', 'CanarySetting', 'TracingEnabled', 'OpenApiVersion', 'Domain', 'AlwaysDeploy', 'PropagateTags', 'SecurityPolicy', 'EndpointAccessMode']")]
    [InlineData("Api", "DefinitionBody", "['Auth', 'Name', 'DefinitionUri', 'CacheClusterEnabled', 'CacheClusterSize', 'MergeDefinitions', 'Variables', 'EndpointConfiguration', 'MethodSettings', 'BinaryMediaTypes', 'MinimumCompressionSize', 'Cors', 'GatewayResponses', 'AccessLogSetting', 'CanarySetting', 'TracingEnabled', 'OpenApiVersion', 'Domain', 'AlwaysDeploy', 'PropagateTags', 'SecurityPolicy', 'EndpointAccessMode']")]
    [InlineData("HttpApi", "Name", "['Auth', 'AccessLogSettings', 'StageVariables', 'Tags', 'CorsConfiguration', 'DefaultRouteSettings', 'Domain', 'RouteSettings', 'FailOnWarnings', 'PropagateTags']")]
    [InlineData("SimpleTable", "PrimaryKey", "['SSESpecification']")]
    [InlineData("StateMachine", "Tags", "['PropagateTags']")]
    [InlineData("LayerVersion", "ContentUri", "['PublishLambdaVersion']")]
    [InlineData("CapacityProvider", "CapacityProviderName", "['VpcConfig', 'OperatorRole', 'Tags', 'InstanceRequirements', 'ScalingConfig', 'KmsKeyArn', 'PropagateTags']")]
    [InlineData("WebSocketApi", "Name", "['AccessLogSettings', 'ApiKeySelectionExpression', 'DefaultRouteSettings', 'DisableExecuteApiEndpoint', 'DisableSchemaValidation', 'Domain', 'FailOnWarnings', 'IpAddressType', 'PropagateTags', 'RouteSelectionExpression', 'RouteSettings', 'StageVariables', 'Tags']")]
    [InlineData("Function", "Events", null)]
    [InlineData("Function", "Policies", null)]
    [InlineData("Function", "Role", null)]
    [InlineData("Function", "FunctionName", null)]
    public void An_unsupported_property_names_the_section_and_its_list(string section, string property, string? list)
    {
        var error = ErrorOf(new JObject { [section] = new JObject { [property] = "x" } });
        error.Should().StartWith(Prefix + $"'{property}' is not a supported property of '{section}'. Must be one of the following values - [");
        if (list is not null)
        {
            error.Should().EndWith(list);
        }
    }

    [Fact]
    public void Every_supported_property_is_accepted()
    {
        var globals = new JObject();
        foreach (var (section, properties) in SupportedGlobals.Sections)
        {
            globals[section] = new JObject(properties.Select(p => new JProperty(p, "x")));
        }

        GlobalsSection.Parse(globals).ResourceTypes.Should().HaveCount(8);
    }

    [Fact]
    public void Properties_for_a_type_are_copies()
    {
        var section = GlobalsSection.Parse(JObject.Parse("{\"Function\":{\"Runtime\":\"python3.12\"}}"));
        section.PropertiesFor("AWS::Serverless::Function")!["Runtime"] = "changed";

        section.PropertiesFor("AWS::Serverless::Function")!["Runtime"]!.Value<string>().Should().Be("python3.12");
        section.PropertiesFor("AWS::Serverless::Api").Should().BeNull();
    }

    private static string ErrorOf(JToken globals)
    {
        var act = () => GlobalsSection.Parse(globals);
        return act.Should().Throw<SamTemplateException>().Which.Diagnostics.Single().FullMessage;
    }
}
