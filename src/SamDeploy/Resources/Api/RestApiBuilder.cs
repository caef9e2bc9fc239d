using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Auth;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Resources.Function;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>
/// The <c>AWS::ApiGateway::RestApi</c> of an API (the reference's <c>_construct_rest_api</c>): the definition with
/// CORS, auth, gateway responses, binary media types, models and the execute-api switch applied, or the S3
/// location of an external one, plus the pass-through settings.
/// </summary>
internal static class RestApiBuilder
{
    public static CfnResource Build(ApiScope api)
    {
        Validate(api);
        var restApi = new CfnResource(api.LogicalId, "AWS::ApiGateway::RestApi", supportsTags: true)
        {
            DependsOn = api.Definition["DependsOn"]?.DeepClone(),
        };
        restApi.WithAttributes(api.Attributes.All);
        restApi["BinaryMediaTypes"] = api["BinaryMediaTypes"]?.DeepClone();
        restApi["MinimumCompressionSize"] = api["MinimumCompressionSize"]?.DeepClone();
        if (api.Has("EndpointConfiguration"))
        {
            SetEndpointConfiguration(api, restApi, api["EndpointConfiguration"]!);
        }
        else if (!EdgeSupported(api.Context.Partition))
        {
            SetEndpointConfiguration(api, restApi, "REGIONAL");
        }

        ApiCors.Apply(api);
        ApiAuth.Apply(api);
        ApiGatewayResponses.Apply(api);
        AddBinaryMediaTypes(api);
        AddModels(api);
        if (api.Has("FailOnWarnings"))
        {
            restApi["FailOnWarnings"] = api["FailOnWarnings"]!.DeepClone();
        }

        if (api["DisableExecuteApiEndpoint"] is { } disable)
        {
            if (!Truthiness.IsTruthy(api.DefinitionBody))
            {
                throw api.Error("DisableExecuteApiEndpoint works only within 'DefinitionBody' property.");
            }

            var editor = SwaggerEditor.EditWholeInPlace(api.DefinitionBody);
            editor.AddDisableExecuteApiEndpoint(disable);
            api.DefinitionBody = editor.Document;
        }

        if (api.Has("DefinitionUri"))
        {
            restApi["BodyS3Location"] = BodyS3Location(api);
        }
        else if (Truthiness.IsTruthy(api.DefinitionBody))
        {
            api.DefinitionBody = OpenApiPostProcessor.Apply(api.DefinitionBody!, api["OpenApiVersion"]);
            restApi["Body"] = api.DefinitionBody;
        }

        foreach (var name in new[] { "Name", "Description", "Mode", "ApiKeySourceType", "Policy", "SecurityPolicy", "EndpointAccessMode" })
        {
            if (api.Has(name))
            {
                restApi[name] = api[name]!.DeepClone();
            }
        }

        return restApi;
    }

    /// <summary>Whether the partition supports EDGE endpoints (not GovCloud, China, EUSC or the ISO partitions).</summary>
    public static bool EdgeSupported(string partition) =>
        !(partition.StartsWith("aws-iso", StringComparison.Ordinal) || partition is "aws-us-gov" or "aws-cn" or "aws-eusc");

    private static void Validate(ApiScope api)
    {
        if (api.Has("DefinitionUri") && Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Specify either 'DefinitionUri' or 'DefinitionBody' property and not both.");
        }

        if (api.Has("DefinitionUri") && api.Has("MergeDefinitions"))
        {
            throw api.Error("Cannot set 'MergeDefinitions' to True when using `DefinitionUri`.");
        }

        if (api.Has("OpenApiVersion") && !SwaggerEditor.IsSupportedOpenApiVersion(api["OpenApiVersion"]))
        {
            throw api.Error("The OpenApiVersion value must be of the format '3.0.0'.");
        }
    }

    private static void SetEndpointConfiguration(ApiScope api, CfnResource restApi, JToken value)
    {
        if (value is JObject map && Truthiness.IsTruthy(map["Type"]))
        {
            var type = map["Type"]!;
            restApi["Parameters"] = new JObject { ["endpointConfigurationTypes"] = type.DeepClone() };
            var configuration = new JObject { ["Types"] = new JArray(type.DeepClone()) };
            restApi["EndpointConfiguration"] = configuration;
            if (map.ContainsKey("VPCEndpointIds") && map.ContainsKey("VpcEndpointIds"))
            {
                throw TemplateErrors.Resource(api.LogicalId, "'VPCEndpointIds' and 'VpcEndpointIds' cannot be used together in EndpointConfiguration.", map);
            }

            if (map.ContainsKey("VPCEndpointIds") || map.ContainsKey("VpcEndpointIds"))
            {
                configuration["VpcEndpointIds"] = (Truthiness.IsTruthy(map["VPCEndpointIds"]) ? map["VPCEndpointIds"] : map["VpcEndpointIds"])?.DeepClone();
            }

            if (map.ContainsKey("IpAddressType"))
            {
                configuration["IpAddressType"] = map["IpAddressType"]?.DeepClone();
            }
        }
        else
        {
            restApi["EndpointConfiguration"] = new JObject { ["Types"] = new JArray(value.DeepClone()) };
            restApi["Parameters"] = new JObject { ["endpointConfigurationTypes"] = value.DeepClone() };
        }
    }

    private static void AddBinaryMediaTypes(ApiScope api)
    {
        if (!api.Has("BinaryMediaTypes") || !Truthiness.IsTruthy(api.DefinitionBody))
        {
            return;
        }

        var editor = SwaggerEditor.EditWholeInPlace(api.DefinitionBody);
        editor.AddBinaryMediaTypes(api["BinaryMediaTypes"]!);
        api.DefinitionBody = editor.Document;
    }

    private static void AddModels(ApiScope api)
    {
        if (!api.Has("Models"))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Models works only with inline Swagger specified in 'DefinitionBody' property.");
        }

        if (!SwaggerEditor.IsValid(api.DefinitionBody))
        {
            throw api.Error("Unable to add Models definitions because 'DefinitionBody' does not contain a valid Swagger definition.");
        }

        var models = (JObject)api["Models"]!;
        if (!models.PropertyValues().All(m => m is JObject))
        {
            throw api.Error("Invalid value for 'Models' property");
        }

        var editor = SwaggerEditor.EditWholeInPlace(api.DefinitionBody);
        editor.AddModels(models);
        api.DefinitionBody = OpenApiPostProcessor.Apply(editor.Document, api["OpenApiVersion"]);
    }

    private static JObject BodyS3Location(ApiScope api)
    {
        var uri = api["DefinitionUri"]!;
        JToken bucket, key;
        JToken? version = null;
        if (uri is JObject map)
        {
            if (!Truthiness.IsTruthy(map["Bucket"]) || !Truthiness.IsTruthy(map["Key"]))
            {
                throw api.Error("'DefinitionUri' requires Bucket and Key properties to be specified.");
            }

            bucket = map["Bucket"]!;
            key = map["Key"]!;
            if (map.ContainsKey("Version"))
            {
                version = map["Version"];
            }
        }
        else
        {
            var parsed = uri is JValue { Type: JTokenType.String } text ? CodeLocation.ParseS3Uri((string)text!) : null;
            if (parsed is null)
            {
                throw api.Error("'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.");
            }

            var unicode = Py27.IsUnicode(uri);
            bucket = Py27.Str(parsed.Value.Bucket, unicode);
            key = Py27.Str(parsed.Value.Key, unicode);
            if (parsed.Value.Version is { } v)
            {
                version = Py27.Str(v, unicode);
            }

        }

        var location = Py27.NewDict();
        Py27.Set(location, "Bucket", bucket.DeepClone());
        Py27.Set(location, "Key", key.DeepClone());
        if (version is not null)
        {
            Py27.Set(location, "Version", version.DeepClone());
        }

        return location;
    }
}
