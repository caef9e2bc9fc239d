using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>The API's <c>GatewayResponses</c>: each becomes an <c>x-amazon-apigateway-gateway-responses</c> entry with prefixed response parameters.</summary>
internal static partial class ApiGatewayResponses
{
    private static readonly string[] Fields = ["ResponseParameters", "ResponseTemplates", "StatusCode"];
    private static readonly string[] ParameterFields = ["Headers", "Paths", "QueryStrings"];

    public static void Apply(ApiScope api)
    {
        var responses = api["GatewayResponses"];
        if (!Truthiness.IsTruthy(responses))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property.");
        }

        var map = (JObject)responses!;
        foreach (var property in map.Properties())
        {
            if (Fn.IsIntrinsic(property.Value))
            {
                throw api.Error("Unable to set GatewayResponses attribute because intrinsic functions are not supported for this field.");
            }

            if (property.Value is not JObject response)
            {
                throw api.Error($"Invalid property type '{PythonStr.TypeName(property.Value)}' for GatewayResponses. Expected an object of type 'GatewayResponse'.");
            }

            foreach (var key in response.Properties())
            {
                if (!Fields.Contains(key.Name, StringComparer.Ordinal))
                {
                    throw api.Error($"Invalid property '{key.Name}' in 'GatewayResponses' property '{property.Name}'.");
                }
            }
        }

        if (!SwaggerEditor.IsValid(api.DefinitionBody))
        {
            throw api.Error("Unable to add Auth configuration because 'DefinitionBody' does not contain a valid Swagger definition.");
        }

        var editor = SwaggerEditor.EditWholeInPlace(api.DefinitionBody);
        var generated = new List<(string, bool, JObject)>();
        foreach (var type in Py27.Keys(map))
        {
            var response = (JObject)map[type]!;
            var parameters = response.TryGetValue("ResponseParameters", StringComparison.Ordinal, out var p) ? p : Py27.NewDict();
            var templates = response.TryGetValue("ResponseTemplates", StringComparison.Ordinal, out var t) ? t : Py27.NewDict();
            if (Truthiness.IsTruthy(parameters) && parameters is not JObject)
            {
                throw api.Error($"Property 'GatewayResponses.{type}.ResponseParameters' should be a map.", parameters);
            }

            generated.Add((type, Py27.IsUnicodeKey(map, type), Swagger(api, parameters as JObject, templates, response["StatusCode"])));
        }

        if (generated.Count > 0)
        {
            // The reference first collects the responses in a Python 2.7 map of its own, then adds them to the
            // document in that map's order, which can differ from the property's.
            var byType = generated.ToDictionary(g => g.Item1, StringComparer.Ordinal);
            editor.AddGatewayResponses(Py27KeyOrder.FromInserts(generated.Select(g => g.Item1)).Keys.Select(type => byType[type]));
        }

        api.DefinitionBody = editor.Document;
    }

    private static JObject Swagger(ApiScope api, JObject? parameters, JToken? templates, JToken? statusCode)
    {
        if (parameters is not null)
        {
            foreach (var key in parameters.Properties())
            {
                if (!ParameterFields.Contains(key.Name, StringComparer.Ordinal))
                {
                    throw api.Error($"Invalid gateway response parameter '{key.Name}'");
                }
            }
        }

        string? status = statusCode is null || statusCode.Type == JTokenType.Null ? null : PythonRepr.Format(statusCode);
        if (Truthiness.IsTruthy(statusCode) && !StatusCode().IsMatch(status!))
        {
            throw api.Error("Property 'StatusCode' must be numeric");
        }

        var swagger = Py27.NewDict();
        Py27.Set(swagger, "responseParameters", Prefixed(api, Truthiness.IsTruthy(parameters) ? parameters! : Py27.NewDict()));
        Py27.Set(swagger, "responseTemplates", Truthiness.IsTruthy(templates) ? templates!.DeepClone() : Py27.NewDict());
        if (!string.IsNullOrEmpty(status))
        {
            Py27.Set(swagger, "statusCode", status);
        }

        return swagger;
    }

    private static JObject Prefixed(ApiScope api, JObject parameters)
    {
        var prefixed = Py27.NewDict();
        (string Name, string Prefix)[] pairs = [("Headers", "header."), ("Paths", "path."), ("QueryStrings", "querystring.")];
        foreach (var (name, prefix) in pairs)
        {
            var value = parameters.TryGetValue(name, StringComparison.Ordinal, out var v) ? v : new JObject();
            if (value is not JObject map)
            {
                throw api.Error($"Property 'ResponseParameters.{name}' should be a map.", value);
            }

            foreach (var key in Py27.Keys(map))
            {
                Py27.Set(prefixed, "gatewayresponse." + prefix + key, map[key]!.DeepClone(), Py27.IsUnicodeKey(map, key));
            }
        }

        return prefixed;
    }

    [GeneratedRegex("^[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusCode();
}
