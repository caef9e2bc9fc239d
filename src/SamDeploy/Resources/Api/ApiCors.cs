using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>The API's <c>Cors</c>: an OPTIONS method on every path of the definition (paths that differ only by a trailing slash share one).</summary>
internal static class ApiCors
{
    private const string Wildcard = "'*'";
    private static readonly string[] Fields = ["AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials"];

    public static void Apply(ApiScope api)
    {
        var cors = api["Cors"];
        if (!Truthiness.IsTruthy(cors))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Cors works only with inline Swagger specified in 'DefinitionBody' property.");
        }

        JToken? allowMethods = null, allowHeaders = null, maxAge = null;
        JToken allowOrigin = Wildcard;
        JToken allowCredentials = false;
        if (cors is JValue { Type: JTokenType.String } || Fn.IsIntrinsic(cors))
        {
            allowOrigin = cors!;
        }
        else if (cors is JObject map)
        {
            foreach (var property in map.Properties())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw api.Error($"Invalid key '{property.Name}' for 'Cors' property.");
                }
            }

            allowMethods = map["AllowMethods"];
            allowHeaders = map["AllowHeaders"];
            if (map.ContainsKey("AllowOrigin"))
            {
                allowOrigin = map["AllowOrigin"]!;
            }

            maxAge = map["MaxAge"];
            if (map.ContainsKey("AllowCredentials"))
            {
                allowCredentials = map["AllowCredentials"]!;
            }
        }
        else
        {
            throw api.Error("Invalid value for 'Cors' property");
        }

        if (!SwaggerEditor.IsValid(api.DefinitionBody))
        {
            throw api.Error("Unable to add Cors configuration because 'DefinitionBody' does not contain a valid Swagger definition.");
        }

        if (allowCredentials is JValue { Type: JTokenType.Boolean } credentials && (bool)credentials
            && allowOrigin is JValue { Type: JTokenType.String } origin && (string?)origin == Wildcard)
        {
            throw api.Error("Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set");
        }

        var editor = SwaggerEditor.EditWholeInPlace(api.DefinitionBody);
        var processed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in editor.PathNames())
        {
            var normalized = path != "/" ? path.TrimEnd('/') : path;
            if (!processed.Add(normalized))
            {
                continue;
            }

            try
            {
                editor.AddCors(path, allowOrigin, allowHeaders, allowMethods, maxAge, allowCredentials);
            }
            catch (SamTemplateException e) when (e.Diagnostics[0].Message.StartsWith("Invalid input. Value for AllowedOrigins", StringComparison.Ordinal))
            {
                throw api.Error(e.Diagnostics[0].FullMessage);
            }
        }

        api.DefinitionBody = editor.Document;
    }
}
