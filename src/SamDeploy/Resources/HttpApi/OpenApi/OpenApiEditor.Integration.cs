using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Swagger;

namespace SamDeploy.Resources.HttpApi.OpenApi;

/// <summary>The Lambda integration of a route and the settings on it.</summary>
internal sealed partial class OpenApiEditor
{
    /// <summary>
    /// Adds an <c>aws_proxy</c> integration (payload format 2.0) to the path and method unless one is there; with a
    /// condition the integration URI and the whole method are wrapped in <c>Fn::If</c>.
    /// </summary>
    public void AddLambdaIntegration(string path, string method, JToken uri, JToken? condition)
    {
        var normalized = SwaggerEditor.NormalizeMethod(method);
        if (HasIntegration(path, normalized))
        {
            return;
        }

        AddPath(path, normalized);
        var conditionName = condition is JValue { Type: JTokenType.String } c ? (string)c! : null;
        var integrationUri = conditionName is null ? uri : SwaggerEditor.MakeConditional(conditionName, uri, unicodeCondition: false);
        foreach (var item in SwaggerEditor.ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var pathItem = (JObject)item!;
            if (pathItem[normalized] is null or { Type: JTokenType.Null })
            {
                pathItem[normalized] = new JObject();
            }

            SwaggerErrors.RequireMethodMap(pathItem[normalized], path, normalized);
            var definition = (JObject)pathItem[normalized]!;
            definition[SwaggerEditor.Integration] = new JObject
            {
                ["type"] = "aws_proxy",
                ["httpMethod"] = "POST",
                ["payloadFormatVersion"] = "2.0",
                ["uri"] = integrationUri.DeepClone(),
            };
            if (path == DefaultPath && normalized == SwaggerEditor.AnyMethod)
            {
                definition["isDefaultRoute"] = true;
            }

            if (!definition.ContainsKey("responses"))
            {
                definition["responses"] = new JObject();
            }

            if (conditionName is not null)
            {
                pathItem[normalized] = SwaggerEditor.MakeConditional(conditionName, definition, unicodeCondition: false);
            }
        }
    }

    public void AddTimeout(string path, string method, JToken timeout)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            definition[SwaggerEditor.Integration]!["timeoutInMillis"] = timeout.DeepClone();
        }
    }

    public void AddPayloadFormatVersion(string path, string method, JToken version)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            definition[SwaggerEditor.Integration]!["payloadFormatVersion"] = version.DeepClone();
        }
    }

    /// <summary>Declares the path parameters on the method (required, in path), keeping parameters already declared.</summary>
    public void AddPathParameters(string path, string method, IReadOnlyList<string> names)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            if (!definition.TryGetValue("parameters", StringComparison.Ordinal, out var existing))
            {
                existing = new JArray();
                definition["parameters"] = existing;
            }

            var parameters = (JArray)existing!;
            foreach (var name in names)
            {
                var found = parameters.OfType<JObject>().FirstOrDefault(p => p["name"] is JValue { Type: JTokenType.String } n && (string?)n == name);
                if (found is not null)
                {
                    found["in"] = "path";
                    found["required"] = true;
                }
                else
                {
                    parameters.Add(new JObject { ["name"] = name, ["in"] = "path", ["required"] = true });
                }
            }
        }
    }
}
