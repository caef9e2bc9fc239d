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

    /// <summary>The mock OPTIONS method, each map built whole (see <see cref="Py27.NewDict(JProperty[])"/>).</summary>
    private static JObject CorsOptionsMethod(JToken origins, JToken? headers, JToken? methods, JToken? maxAge, bool credentials)
    {
        var parameters = new List<JProperty> { new("method.response.header." + AllowOrigin, origins.DeepClone()) };
        var responseHeaders = new List<JProperty> { new(AllowOrigin, new JObject { ["type"] = "string" }) };
        if (Truthy(headers))
        {
            parameters.Add(new("method.response.header." + AllowHeaders, headers!.DeepClone()));
            responseHeaders.Add(new(AllowHeaders, new JObject { ["type"] = "string" }));
        }

        if (Truthy(methods))
        {
            parameters.Add(new("method.response.header." + AllowMethods, methods!.DeepClone()));
            responseHeaders.Add(new(AllowMethods, new JObject { ["type"] = "string" }));
        }

        if (maxAge is not null && maxAge.Type != JTokenType.Null)
        {
            parameters.Add(new("method.response.header." + MaxAge, maxAge.DeepClone()));
            responseHeaders.Add(new(MaxAge, new JObject { ["type"] = "integer" }));
        }

        if (credentials)
        {
            parameters.Add(new("method.response.header." + AllowCredentials, "'true'"));
            responseHeaders.Add(new(AllowCredentials, new JObject { ["type"] = "string" }));
        }

        var byDefault = Py27.NewDict(
            new JProperty("statusCode", "200"),
            new JProperty("responseParameters", Py27.NewDict([.. parameters])),
            new JProperty("responseTemplates", new JObject { ["application/json"] = "{}\n" }));
        var integration = Py27.NewDict(
            new JProperty("type", "mock"),
            new JProperty("requestTemplates", new JObject { ["application/json"] = "{\n  \"statusCode\" : 200\n}\n" }),
            new JProperty("responses", Py27.NewDict(new JProperty("default", byDefault))));
        var ok = Py27.NewDict(
            new JProperty("description", "Default response for CORS method"),
            new JProperty("headers", Py27.NewDict([.. responseHeaders])));
        return Py27.NewDict(
            new JProperty("summary", "CORS support"),
            new JProperty("consumes", new JArray("application/json")),
            new JProperty("produces", new JArray("application/json")),
            new JProperty(Integration, integration),
            new JProperty("responses", Py27.NewDict(new JProperty("200", ok))));
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
