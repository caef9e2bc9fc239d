using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>Per-method request settings: body models, validators and request parameters.</summary>
internal sealed partial class SwaggerEditor
{
    private const string RequestValidators = "x-amazon-apigateway-request-validators";
    private const string RequestValidator = "x-amazon-apigateway-request-validator";

    /// <summary>Adds the body model parameter (Swagger) or request body (OpenAPI 3) of a method.</summary>
    public void AddRequestModel(string path, string method, JObject requestModel)
    {
        var modelToken = requestModel["Model"]!;
        var modelName = Templates.PythonCase.Lower((string)modelToken!);
        var unicodeModel = Py27.IsUnicode(modelToken);
        var required = requestModel["Required"];
        foreach (var definition in MethodDefinitions(path, method).ToList())
        {
            if (_doc["swagger"] is { Type: not JTokenType.Null })
            {
                var parameters = definition["parameters"] as JArray ?? [];
                var parameter = Py27.NewDict();
                Py27.Set(parameter, "in", "body");
                Py27.Set(parameter, "name", Py27.Str(modelName, unicodeModel));
                Py27.Set(parameter, "schema", new JObject { ["$ref"] = "#/definitions/" + modelName });
                if (required is not null && required.Type != JTokenType.Null)
                {
                    Py27.Set(parameter, "required", required.DeepClone());
                }

                parameters.Add(parameter);
                Py27.Set(definition, "parameters", parameters);
            }
            else if (Truthy(_doc["openapi"]) && IsOpenApi3(_doc["openapi"]))
            {
                var body = new JObject
                {
                    ["content"] = new JObject
                    {
                        ["application/json"] = new JObject { ["schema"] = new JObject { ["$ref"] = "#/components/schemas/" + modelName } },
                    },
                };
                if (required is not null && required.Type != JTokenType.Null)
                {
                    body["required"] = required.DeepClone();
                }

                Py27.Set(definition, "requestBody", body);
            }
        }
    }

    /// <summary>Adds a request validator to the document and points the method at it.</summary>
    public void AddRequestValidator(string path, string method, bool validateBody, bool validateParameters)
    {
        var name = (validateBody, validateParameters) switch
        {
            (true, true) => "body-and-params",
            (true, false) => "body-only",
            (false, true) => "params-only",
            _ => "no-validation",
        };
        var validator = Py27.NewDict();
        Py27.Set(validator, "validateRequestBody", validateBody);
        Py27.Set(validator, "validateRequestParameters", validateParameters);
        if (!Truthy(_doc[RequestValidators]))
        {
            Py27.Set(_doc, RequestValidators, Py27.NewDict());
        }

        var validators = (JObject)_doc[RequestValidators]!;
        if (!Truthy(validators[name]))
        {
            Py27.Update(validators, name, validator);
        }

        foreach (var definition in MethodDefinitions(path, method).ToList())
        {
            Py27.Update(definition, RequestValidator, name);
        }
    }

    /// <summary>Adds request parameters (name, location, required) and cache keys to a method.</summary>
    public void AddRequestParameters(string path, string method, IReadOnlyList<RequestParameter> parameters)
    {
        foreach (var definition in MethodDefinitions(path, method).ToList())
        {
            var existing = definition["parameters"] as JArray ?? [];
            foreach (var parameter in parameters)
            {
                var located = parameter.Name.Replace("method.request.", string.Empty, StringComparison.Ordinal);
                var dot = located.IndexOf('.', StringComparison.Ordinal);
                var location = located[..dot];
                var name = located[(dot + 1)..];
                if (location == "querystring")
                {
                    location = "query";
                }

                var entry = Py27.NewDict();
                Py27.Set(entry, "in", Py27.Str(location, parameter.UnicodeName && location != "query"));
                Py27.Set(entry, "name", Py27.Str(name, parameter.UnicodeName));
                Py27.Set(entry, "required", parameter.Required.DeepClone());
                Py27.Set(entry, "type", "string");
                existing.Add(entry);
                if (Truthy(parameter.Caching))
                {
                    var integration = (JObject)definition[Integration]!;
                    var cacheKeys = integration["cacheKeyParameters"] as JArray ?? [];
                    cacheKeys.Add(Py27.Str(parameter.Name, parameter.UnicodeName));
                    Py27.Set(integration, "cacheKeyParameters", cacheKeys);
                }
            }

            Py27.Set(definition, "parameters", existing);
        }
    }
}

/// <summary>One request parameter of an Api event: its full name (<c>method.request.header.X</c>) and settings.</summary>
internal sealed record RequestParameter(string Name, bool UnicodeName, JToken Required, JToken Caching);
