using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>CORS: a mock OPTIONS method per path that answers the preflight request.</summary>
internal sealed partial class SwaggerEditor
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";
    private const string AllowHeaders = "Access-Control-Allow-Headers";
    private const string AllowMethods = "Access-Control-Allow-Methods";
    private const string MaxAge = "Access-Control-Max-Age";
    private const string AllowCredentials = "Access-Control-Allow-Credentials";

    /// <summary>Adds the OPTIONS method to a path that has none (the reference's <c>add_cors</c>).</summary>
    public void AddCors(string path, JToken? allowedOrigins, JToken? allowedHeaders, JToken? allowedMethods, JToken? maxAge, JToken? allowCredentials)
    {
        foreach (var item in ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var pathItem = (JObject)item!;
            if (pathItem.ContainsKey("options"))
            {
                continue;
            }

            if (!Truthy(allowedOrigins))
            {
                throw Transform.TemplateErrors.Template("Invalid input. Value for AllowedOrigins is required");
            }

            var methods = allowedMethods;
            if (!Truthy(methods))
            {
                methods = "'" + CorsAllowedMethods(pathItem) + "'";
            }

            var credentials = allowCredentials is JValue { Type: JTokenType.Boolean } b && (bool)b;
            Py27.Set(pathItem, "options", CorsOptionsMethod(allowedOrigins!, allowedHeaders, methods, maxAge, credentials));
        }
    }

    private static JObject CorsOptionsMethod(JToken origins, JToken? headers, JToken? methods, JToken? maxAge, bool credentials)
    {
        var parameters = Py27.NewDict();
        var responseHeaders = Py27.NewDict();
        Py27.Set(parameters, "method.response.header." + AllowOrigin, origins.DeepClone());
        Py27.Set(responseHeaders, AllowOrigin, new JObject { ["type"] = "string" });
        if (Truthy(headers))
        {
            Py27.Set(parameters, "method.response.header." + AllowHeaders, headers!.DeepClone());
            Py27.Set(responseHeaders, AllowHeaders, new JObject { ["type"] = "string" });
        }

        if (Truthy(methods))
        {
            Py27.Set(parameters, "method.response.header." + AllowMethods, methods!.DeepClone());
            Py27.Set(responseHeaders, AllowMethods, new JObject { ["type"] = "string" });
        }

        if (maxAge is not null && maxAge.Type != JTokenType.Null)
        {
            Py27.Set(parameters, "method.response.header." + MaxAge, maxAge.DeepClone());
            Py27.Set(responseHeaders, MaxAge, new JObject { ["type"] = "integer" });
        }

        if (credentials)
        {
            Py27.Set(parameters, "method.response.header." + AllowCredentials, "'true'");
            Py27.Set(responseHeaders, AllowCredentials, new JObject { ["type"] = "string" });
        }

        var options = Py27.NewDict();
        Py27.Set(options, "summary", "CORS support");
        Py27.Set(options, "consumes", new JArray("application/json"));
        Py27.Set(options, "produces", new JArray("application/json"));
        var integration = Py27.NewDict();
        Py27.Set(options, Integration, integration);
        Py27.Set(integration, "type", "mock");
        Py27.Set(integration, "requestTemplates", new JObject { ["application/json"] = "{\n  \"statusCode\" : 200\n}\n" });
        var responses = Py27.NewDict();
        Py27.Set(integration, "responses", responses);
        var byDefault = Py27.NewDict();
        Py27.Set(responses, "default", byDefault);
        Py27.Set(byDefault, "statusCode", "200");
        Py27.Set(byDefault, "responseParameters", parameters);
        Py27.Set(byDefault, "responseTemplates", new JObject { ["application/json"] = "{}\n" });
        var methodResponses = Py27.NewDict();
        Py27.Set(options, "responses", methodResponses);
        var ok = Py27.NewDict();
        Py27.Set(methodResponses, "200", ok);
        Py27.Set(ok, "description", "Default response for CORS method");
        Py27.Set(ok, "headers", responseHeaders);
        return options;
    }

    /// <summary>The methods of a path item for Access-Control-Allow-Methods: upper case, sorted, with OPTIONS (all methods for ANY).</summary>
    private static string CorsAllowedMethods(JObject pathItem)
    {
        var methods = Py27.Keys(pathItem).ToList();
        IEnumerable<string> allowed = methods.Contains(AnyMethod, StringComparer.Ordinal) ? AllHttpMethods : methods.Append("options");
        var distinct = allowed.Select(Templates.PythonCase.Upper).Distinct(StringComparer.Ordinal).ToList();
        distinct.Sort(StringComparer.Ordinal);
        return string.Join(",", distinct);
    }
}
