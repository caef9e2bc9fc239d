using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>
/// Converts what SAM wrote in Swagger 2 terms to OpenAPI 3 when the definition is OpenAPI 3 (the reference's
/// <c>_openapi_postprocess</c>): securityDefinitions and definitions move under components, and the CORS OPTIONS
/// methods lose consumes/produces and get <c>schema</c> around their response headers. A Swagger document is left alone.
/// </summary>
internal static class OpenApiPostProcessor
{
    public static JObject Apply(JObject body, JToken? openApiVersion)
    {
        if (body["swagger"] is { Type: not JTokenType.Null })
        {
            return body;
        }

        var version = body["openapi"] is { Type: not JTokenType.Null } && (openApiVersion is null || openApiVersion.Type == JTokenType.Null)
            ? body["openapi"]
            : openApiVersion;
        if (!Truthiness.IsTruthy(version) || !SwaggerEditor.IsOpenApi3(version))
        {
            return body;
        }

        MoveToComponents(body, "securityDefinitions", "securitySchemes");
        MoveToComponents(body, "definitions", "schemas");
        var paths = body["paths"];
        if (!Truthiness.IsTruthy(paths))
        {
            return body;
        }

        if (paths is not JObject pathMap)
        {
            throw SwaggerErrors.Invalid("Value of paths must be a dictionary according to Swagger spec.");
        }

        foreach (var path in Py27.Keys(pathMap))
        {
            var item = pathMap[path];
            SwaggerErrors.RequirePathItemMap(item, path);
            var options = ((JObject)item!)["options"];
            if (!Truthiness.IsTruthy(options))
            {
                continue;
            }

            SwaggerErrors.RequireMap(options, $"Value of options method for path {path} must be a dictionary according to Swagger spec.");
            var optionsMap = (JObject)options!;
            foreach (var field in Py27.Keys(optionsMap).ToList())
            {
                if (field is "produces" or "consumes")
                {
                    Py27.Remove(optionsMap, field);
                }
                else if (field == "responses")
                {
                    var headers = DeepGetHeaders(optionsMap[field], path);
                    if (!Truthiness.IsTruthy(headers))
                    {
                        continue;
                    }

                    SwaggerErrors.RequireMap(headers, $"Value of response's headers in options method for path {path} must be a dictionary according to Swagger spec.");
                    var headerMap = (JObject)headers!;
                    foreach (var header in Py27.Keys(headerMap))
                    {
                        var wrapped = Py27.NewDict();
                        Py27.Set(wrapped, "schema", headerMap[header]!);
                        headerMap[header] = wrapped;
                    }
                }
            }
        }

        return body;
    }

    private static void MoveToComponents(JObject body, string key, string componentKey)
    {
        if (!Truthiness.IsTruthy(body[key]))
        {
            return;
        }

        var components = body.TryGetValue("components", StringComparison.Ordinal, out var existing) ? existing : Py27.NewDict();
        if (!Truthiness.IsTruthy(components))
        {
            components = Py27.NewDict();
        }

        if (components is not JObject componentMap)
        {
            throw SwaggerErrors.Invalid("Invalid 'components' in the definition.");
        }

        Py27.Set(componentMap, componentKey, body[key]!);
        Py27.Set(body, "components", componentMap);
        Py27.Remove(body, key);
    }

    private static JToken? DeepGetHeaders(JToken? responses, string path)
    {
        if (responses is null || responses.Type == JTokenType.Null)
        {
            return null;
        }

        if (responses is not JObject map)
        {
            throw SwaggerErrors.Invalid($"Invalid responses in options method for path {path}: It should be a map.");
        }

        var ok = map["200"];
        if (ok is null || ok.Type == JTokenType.Null)
        {
            return null;
        }

        if (ok is not JObject okMap)
        {
            throw SwaggerErrors.Invalid($"Invalid responses in options method for path {path}: The value of '200' should be a map.");
        }

        return okMap["headers"];
    }
}
