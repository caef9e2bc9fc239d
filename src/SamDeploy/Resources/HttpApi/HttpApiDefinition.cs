using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi;

/// <summary>
/// The <c>AWS::ApiGatewayV2::Api</c> of an HTTP API (the reference's <c>_construct_http_api</c>): CORS, auth, tags,
/// the endpoint configuration, title and description go into the OpenAPI body in that order, or the API points at
/// its DefinitionUri.
/// <para>
/// Each step edits the definition in place, where the reference edits a copy and sets it back (two copies of the whole
/// definition per step, for every HTTP API). That is the same on success; a step that fails fails this resource, and
/// nothing reads its definition afterwards (functions, whose events read it, are transformed before APIs), so the
/// half-edited definition is never seen.
/// </para>
/// </summary>
internal static class HttpApiDefinition
{
    /// <summary>The tag SAM adds to the definition, the stage and the domain.</summary>
    public const string CreatedByTag = "httpapi:createdBy";

    public static CfnResource Build(HttpApiScope api)
    {
        var httpApi = new CfnResource(api.LogicalId, "AWS::ApiGatewayV2::Api")
        {
            DependsOn = api.Definition["DependsOn"]?.DeepClone(),
        };
        httpApi.WithAttributes(api.Attributes.All);
        if (Truthiness.IsTruthy(api["DefinitionUri"]) && Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Specify either 'DefinitionUri' or 'DefinitionBody' property and not both.");
        }

        if (Truthiness.IsTruthy(api["CorsConfiguration"]))
        {
            HttpApiCors.Add(api);
        }

        Auth.HttpApiAuth.Add(api);
        AddTags(api);
        if (Truthiness.IsTruthy(api["FailOnWarnings"]))
        {
            httpApi["FailOnWarnings"] = api["FailOnWarnings"]!.DeepClone();
        }

        if (api["DisableExecuteApiEndpoint"] is { } disable)
        {
            if (api.DefinitionBody is null || !Truthiness.IsTruthy(api.DefinitionBody))
            {
                throw api.Error("DisableExecuteApiEndpoint works only within 'DefinitionBody' property.");
            }

            var editor = OpenApiEditor.InPlace(api.DefinitionBody);
            editor.AddEndpointConfig(disable);
            api.DefinitionBody = editor.Document;
        }

        AddTitle(api);
        AddDescription(api);
        UpdateDefaultPath(api);
        if (Truthiness.IsTruthy(api["DefinitionUri"]))
        {
            httpApi["BodyS3Location"] = BodyS3Location(api);
        }
        else if (Truthiness.IsTruthy(api.DefinitionBody))
        {
            httpApi["Body"] = api.DefinitionBody;
        }
        else
        {
            throw api.Error("'DefinitionUri' or 'DefinitionBody' are required properties of an 'AWS::Serverless::HttpApi'. Add a value for one of these properties or add a 'HttpApi' event to an 'AWS::Serverless::Function'.");
        }

        return httpApi;
    }

    /// <summary>Writes the Tags, with <c>httpapi:createdBy: SAM</c>, into the definition's tags.</summary>
    private static void AddTags(HttpApiScope api)
    {
        var hasTags = Truthiness.IsTruthy(api.Tags);
        if (hasTags && !Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Tags works only with inline OpenApi specified in the 'DefinitionBody' property.");
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            return;
        }

        if (!OpenApiEditor.IsValid(api.DefinitionBody))
        {
            if (hasTags)
            {
                throw api.Error("Unable to add `Tags` because 'DefinitionBody' does not contain a valid OpenApi definition.");
            }

            return;
        }

        if (!hasTags)
        {
            api.Tags = [];
        }

        api.Tags![CreatedByTag] = "SAM";
        var editor = OpenApiEditor.InPlace(api.DefinitionBody);
        editor.AddTags(api.Tags);
        api.DefinitionBody = editor.Document;
    }

    private static void AddTitle(HttpApiScope api)
    {
        var name = api["Name"];
        if (!Truthiness.IsTruthy(name))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Name works only with inline OpenApi specified in the 'DefinitionBody' property.");
        }

        var title = InfoField(api, "title", "Invalid 'DefinitionBody': {0}.");
        if (!OpenApiEditor.IsDefaultTitle(title))
        {
            throw api.Error("Unable to set Name because it is already defined within inline OpenAPI specified in the 'DefinitionBody' property.");
        }

        var editor = OpenApiEditor.InPlace(api.DefinitionBody);
        editor.AddTitle(name!);
        api.DefinitionBody = editor.Document;
    }

    private static void AddDescription(HttpApiScope api)
    {
        var description = api["Description"];
        if (!Truthiness.IsTruthy(description))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Description works only with inline OpenApi specified in the 'DefinitionBody' property.");
        }

        if (Truthiness.IsTruthy(InfoField(api, "description", "Invalid 'DefinitionBody': {0}'.")))
        {
            throw api.Error("Unable to set Description because it is already defined within inline OpenAPI specified in the 'DefinitionBody' property.");
        }

        var editor = OpenApiEditor.InPlace(api.DefinitionBody);
        editor.AddDescription(description!);
        api.DefinitionBody = editor.Document;
    }

    /// <summary>The reference's <c>dict_deep_get(definition, "info.FIELD")</c>, with its error when info is not a map.</summary>
    private static JToken? InfoField(HttpApiScope api, string field, string errorFormat)
    {
        var info = api.DefinitionBody!["info"];
        if (info is null || info.Type == JTokenType.Null)
        {
            return null;
        }

        if (info is not JObject map)
        {
            throw api.Error(string.Format(System.Globalization.CultureInfo.InvariantCulture, errorFormat, "The value of 'info' should be a map"));
        }

        return map[field] is { Type: not JTokenType.Null } value ? value : null;
    }

    /// <summary>With FailOnWarnings, the <c>$default</c> path becomes <c>/$default</c> (API Gateway warns otherwise).</summary>
    private static void UpdateDefaultPath(HttpApiScope api)
    {
        if (!Truthiness.IsTruthy(api["FailOnWarnings"]) || !Truthiness.IsTruthy(api.DefinitionBody))
        {
            return;
        }

        if (api.DefinitionBody!["paths"] is JObject paths && paths.TryGetValue(OpenApiEditor.DefaultPath, StringComparison.Ordinal, out var value))
        {
            paths.Remove(OpenApiEditor.DefaultPath);
            paths["/" + OpenApiEditor.DefaultPath] = value;
        }
    }

    private static JObject BodyS3Location(HttpApiScope api)
    {
        var uri = api["DefinitionUri"]!;
        if (uri is JObject map)
        {
            if (!Truthiness.IsTruthy(map["Bucket"]) || !Truthiness.IsTruthy(map["Key"]))
            {
                throw api.Error("'DefinitionUri' requires Bucket and Key properties to be specified.");
            }

            var location = new JObject { ["Bucket"] = map["Bucket"]!.DeepClone(), ["Key"] = map["Key"]!.DeepClone() };
            if (map.ContainsKey("Version"))
            {
                location["Version"] = map["Version"]!.DeepClone();
            }

            return location;
        }

        var parsed = uri is JValue { Type: JTokenType.String } text ? CodeLocation.ParseS3Uri((string)text!) : null;
        if (parsed is null)
        {
            throw api.Error("'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.");
        }

        var result = new JObject { ["Bucket"] = parsed.Value.Bucket, ["Key"] = parsed.Value.Key };
        if (parsed.Value.Version is { } version)
        {
            result["Version"] = version;
        }

        return result;
    }
}
