using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>Document-wide settings: binary media types, gateway responses, models and the execute-api endpoint switch.</summary>
internal sealed partial class SwaggerEditor
{
    private const string BinaryMediaTypesKey = "x-amazon-apigateway-binary-media-types";
    private const string EndpointConfigurationKey = "x-amazon-apigateway-endpoint-configuration";

    /// <summary>Sets the binary media types, with <c>~1</c> turned back into <c>/</c>.</summary>
    public void AddBinaryMediaTypes(JToken binaryMediaTypes) =>
        Py27.Set(_doc, BinaryMediaTypesKey, ReplaceEscapedSlash(binaryMediaTypes));

    /// <summary>Sets each gateway response's definition.</summary>
    public void AddGatewayResponses(IEnumerable<(string Type, bool Unicode, JObject Definition)> responses)
    {
        var map = Truthy(GatewayResponses) ? (JObject)GatewayResponses! : Py27.NewDict();
        GatewayResponses = map;
        foreach (var (type, unicode, definition) in responses)
        {
            Py27.Set(map, type, definition, unicode);
        }
    }

    /// <summary>Adds each model's schema under its lower-cased name.</summary>
    public void AddModels(JObject models)
    {
        var definitions = Truthy(Definitions) ? (JObject)Definitions! : Py27.NewDict();
        Definitions = definitions;
        foreach (var name in Py27.Keys(models))
        {
            var schema = (JObject)models[name]!;
            if (!Truthy(schema["type"]))
            {
                throw SwaggerErrors.Invalid("'Models' schema is missing 'type'.");
            }

            Py27.Set(definitions, Templates.PythonCase.Lower(name), schema.DeepClone(), Py27.IsUnicodeKey(models, name));
        }
    }

    /// <summary>Sets <c>disableExecuteApiEndpoint</c> (in each server for OpenAPI 3, at the top for Swagger).</summary>
    public void AddDisableExecuteApiEndpoint(JToken value)
    {
        if (Truthy(_doc["openapi"]) && IsOpenApi3(_doc["openapi"]))
        {
            var servers = _doc["servers"] as JArray ?? (_doc.ContainsKey("servers") ? null : new JArray(Py27.NewDict()));
            if (servers is null)
            {
                throw SwaggerErrors.Invalid("Invalid OpenAPI definition of 'servers[0]': It should be a map.");
            }

            for (var i = 0; i < servers.Count; i++)
            {
                if (servers[i] is not JObject server)
                {
                    throw SwaggerErrors.Invalid($"Invalid OpenAPI definition of 'servers[{i}]': It should be a map.");
                }

                DeepSet(server, value, $"Invalid OpenAPI definition of 'servers[{i}]'");
            }

            Py27.Set(_doc, "servers", servers);
        }
        else
        {
            DeepSet(_doc, value, "Invalid OpenAPI definition");
        }
    }

    private static void DeepSet(JObject target, JToken value, string errorPrefix)
    {
        var existing = target[EndpointConfigurationKey];
        if (existing is null)
        {
            var created = new JObject();
            Py27.Set(target, EndpointConfigurationKey, created);
            existing = created;
        }

        if (existing is not JObject configuration)
        {
            throw SwaggerErrors.Invalid($"{errorPrefix}: The value of '{EndpointConfigurationKey}' should be a map.");
        }

        Py27.Set(configuration, "disableExecuteApiEndpoint", value.DeepClone());
    }

    private static JToken ReplaceEscapedSlash(JToken value)
    {
        switch (value)
        {
            case JObject map:
                var result = Py27.NewDict();
                foreach (var key in Py27.Keys(map))
                {
                    Py27.Set(result, key.Replace("~1", "/", StringComparison.Ordinal), ReplaceEscapedSlash(map[key]!), true);
                }

                return result;
            case JArray list:
                return new JArray(list.Select(ReplaceEscapedSlash));
            case JValue { Type: JTokenType.String } text:
                return Py27.Str(((string)text!).Replace("~1", "/", StringComparison.Ordinal), true);
            default:
                return value.DeepClone();
        }
    }
}
