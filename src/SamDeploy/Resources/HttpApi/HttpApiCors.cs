using Newtonsoft.Json.Linq;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.HttpApi;

/// <summary>An HTTP API's <c>CorsConfiguration</c> (true, an intrinsic for AllowOrigins, or a map) written into the definition.</summary>
internal static class HttpApiCors
{
    private static readonly string[] Fields = ["AllowMethods", "AllowHeaders", "AllowOrigins", "MaxAge", "ExposeHeaders", "AllowCredentials"];

    public static void Add(HttpApiScope api)
    {
        var cors = api["CorsConfiguration"]!;
        if (!Transform.Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Cors works only with inline OpenApi specified in 'DefinitionBody' property.");
        }

        var values = new Dictionary<string, JToken?>(StringComparer.Ordinal);
        if (cors.Type == JTokenType.Boolean)
        {
            values["AllowOrigins"] = new JArray("*");
        }
        else if (Fn.IsIntrinsic(cors))
        {
            values["AllowOrigins"] = cors;
        }
        else if (cors is JObject map)
        {
            foreach (var property in map.Properties())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw api.Error($"Invalid key '{property.Name}' for 'Cors' property.");
                }

                values[property.Name] = property.Value.Type == JTokenType.Null ? null : property.Value;
            }
        }
        else
        {
            throw api.Error("Invalid value for 'Cors' property.");
        }

        if (!OpenApiEditor.IsValid(api.DefinitionBody))
        {
            throw api.Error("Unable to add Cors configuration because 'DefinitionBody' does not contain a valid OpenApi definition.");
        }

        var origins = values.GetValueOrDefault("AllowOrigins");
        var credentials = values.GetValueOrDefault("AllowCredentials");
        if (credentials is JValue { Type: JTokenType.Boolean } c && (bool)c && JToken.DeepEquals(origins, new JArray("*")))
        {
            throw api.Error("Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set.");
        }

        var editor = OpenApiEditor.InPlace(api.DefinitionBody);
        editor.AddCors(origins, values.GetValueOrDefault("AllowHeaders"), values.GetValueOrDefault("AllowMethods"), values.GetValueOrDefault("ExposeHeaders"), values.GetValueOrDefault("MaxAge"), credentials);
        api.DefinitionBody = editor.Document;
    }
}
