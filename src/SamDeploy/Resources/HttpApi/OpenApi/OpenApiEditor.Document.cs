using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi.OpenApi;

/// <summary>Document-wide settings: tags, CORS, the endpoint configuration, title and description.</summary>
internal sealed partial class OpenApiEditor
{
    private const string TagValue = "x-amazon-apigateway-tag-value";
    private const string CorsKey = "x-amazon-apigateway-cors";
    private const string EndpointConfiguration = "x-amazon-apigateway-endpoint-configuration";
    private const string Servers = "servers";
    private static readonly string[] CorsFields = ["allowOrigins", "allowHeaders", "allowMethods", "exposeHeaders", "maxAge", "allowCredentials"];

    /// <summary>Adds or overwrites a tag (<c>name</c> with <c>x-amazon-apigateway-tag-value</c>) per entry.</summary>
    public void AddTags(JObject tags)
    {
        foreach (var tag in tags.Properties())
        {
            if (Tags is not JArray list)
            {
                throw SwaggerErrors.Invalid($"Tags in OpenApi DefinitionBody needs to be a list. {PythonStr.Format(Tags)} is a {PythonStr.TypeName(Tags)} not a list.");
            }

            var existing = list.OfType<JObject>().FirstOrDefault(t => t["name"] is JValue { Type: JTokenType.String } n && (string?)n == tag.Name);
            if (existing is not null)
            {
                existing[TagValue] = tag.Value.DeepClone();
            }
            else
            {
                list.Add(new JObject { ["name"] = tag.Name, [TagValue] = tag.Value.DeepClone() });
            }
        }
    }

    /// <summary>Sets <c>disableExecuteApiEndpoint</c> in the endpoint configuration of every server (one is made when there is none).</summary>
    public void AddEndpointConfig(JToken? disableExecuteApiEndpoint)
    {
        var servers = _doc.TryGetValue(Servers, StringComparison.Ordinal, out var existing) ? existing : new JArray(new JObject());
        foreach (var config in servers as JArray ?? [])
        {
            if (config is not JObject map)
            {
                throw SwaggerErrors.Invalid($"Value of '{Servers}' item must be a dictionary according to Swagger spec.");
            }

            var endpoint = map[EndpointConfiguration] as JObject ?? new JObject();
            endpoint["disableExecuteApiEndpoint"] = disableExecuteApiEndpoint?.DeepClone() ?? JValue.CreateNull();
            map[EndpointConfiguration] = endpoint;
        }

        _doc[Servers] = servers;
    }

    /// <summary>Merges the CORS settings into <c>x-amazon-apigateway-cors</c> (an intrinsic AllowOrigins is taken as the whole configuration).</summary>
    public void AddCors(JToken? allowOrigins, JToken? allowHeaders, JToken? allowMethods, JToken? exposeHeaders, JToken? maxAge, JToken? allowCredentials)
    {
        var configuration = _doc[CorsKey] ?? new JObject();
        if (configuration is not JObject cors)
        {
            throw SwaggerErrors.Invalid($"Value of '{CorsKey}' must be a dictionary according to Swagger spec.");
        }

        if (Truthiness.IsTruthy(allowOrigins) && Fn.IsIntrinsic(allowOrigins))
        {
            var text = allowOrigins!.ToString(Formatting.None);
            foreach (var field in CorsFields)
            {
                text = text.Replace(char.ToUpperInvariant(field[0]) + field[1..], field, StringComparison.Ordinal);
            }

            foreach (var property in JObject.Parse(text).Properties())
            {
                cors[property.Name] = property.Value;
            }
        }
        else
        {
            SetIfTruthy(cors, "allowOrigins", allowOrigins);
            SetIfTruthy(cors, "allowHeaders", allowHeaders);
            SetIfTruthy(cors, "allowMethods", allowMethods);
            SetIfTruthy(cors, "exposeHeaders", exposeHeaders);
            if (maxAge is not null && maxAge.Type != JTokenType.Null)
            {
                cors["maxAge"] = maxAge.DeepClone();
            }

            if (allowCredentials is JValue { Type: JTokenType.Boolean } credentials && (bool)credentials)
            {
                cors["allowCredentials"] = true;
            }
        }

        _doc[CorsKey] = cors;
    }

    /// <summary>Sets <c>info.description</c> unless the document has one.</summary>
    public void AddDescription(JToken description)
    {
        if (Info is JObject info && !Truthiness.IsTruthy(info["description"]))
        {
            info["description"] = description.DeepClone();
        }
    }

    /// <summary>Sets <c>info.title</c> when it is still the default (<c>Ref AWS::StackName</c>).</summary>
    public void AddTitle(JToken title)
    {
        if (Info is JObject info && IsDefaultTitle(info["title"]))
        {
            info["title"] = title.DeepClone();
        }
    }

    /// <summary>Whether a title is the skeleton's <c>{"Ref": "AWS::StackName"}</c>.</summary>
    public static bool IsDefaultTitle(JToken? title) => JToken.DeepEquals(title, Fn.Ref("AWS::StackName"));

    private static void SetIfTruthy(JObject map, string name, JToken? value)
    {
        if (Truthiness.IsTruthy(value))
        {
            map[name] = value!.DeepClone();
        }
    }
}
