using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Api;

/// <summary>
/// Writes an Api event into the definition SAM manages (the reference's <c>_add_swagger_integration</c>): the Lambda
/// integration, the method's auth, timeout, request model and validators, request parameters; with MergeDefinitions
/// the generated method is merged into the user's document.
/// </summary>
internal static partial class ApiEventSwagger
{
    private static readonly string[] RequestParameterProperties = ["Required", "Caching"];

    /// <summary>
    /// The Auth of an event or an API without one, as the integration reads it (the reference's empty dict): only ever
    /// read, never changed or attached to a tree, so one serves every event instead of two new maps per event.
    /// </summary>
    private static readonly JObject NoAuth = [];

    public static void AddIntegration(FunctionEvent evt, JObject api, ApiEventLink link, string path, string method, JToken stage)
    {
        var body = api["DefinitionBody"];
        if (body is null || body.Type == JTokenType.Null)
        {
            return;
        }

        var merge = Truthiness.IsTruthy(api["MergeDefinitions"]);
        var pathToken = evt.Properties["Path"]!;
        var methodToken = evt.Properties["Method"]!;
        var unicodePath = Py27.IsUnicode(pathToken);
        var unicodeMethod = Py27.IsUnicode(methodToken);
        // An event edits SAM's own document in place (the reference's two copies per event make it quadratic); an
        // edit that fails (Auth, RequestModel, RequestParameters) is undone, as the reference leaves its copy behind.
        var inPlace = !merge && body is JObject && Truthiness.IsTruthy(api["__MANAGE_SWAGGER"]) && SwaggerEditor.IsValid(body);
        var editor = inPlace ? SwaggerEditor.EditInPlace((JObject)body, path) : new SwaggerEditor(merge ? SwaggerEditor.Skeleton() : body);
        if (editor.HasIntegration(path, method))
        {
            throw evt.Error($"API method \"{method}\" defined multiple times for path \"{path}\".");
        }

        var target = evt.Target;
        var condition = target.GetAttribute("Condition");
        var methodAuth = evt["Auth"] ?? NoAuth;
        if (methodAuth is not JObject methodAuthMap)
        {
            throw evt.Error("Property 'Auth' should be a map.");
        }

        var apiAuth = Truthiness.IsTruthy(api["Auth"]) ? api["Auth"]! : NoAuth;
        if (apiAuth is not JObject apiAuthMap)
        {
            throw TemplateErrors.Resource(ApiIdText(link), "Property 'Auth' should be a map.", apiAuth);
        }

        var undo = inPlace ? editor.SaveForUndo() : null;
        try
        {
            editor.BeginEdit();
            editor.AddLambdaIntegration(path, method, unicodePath, unicodeMethod, IntegrationUri(evt), methodAuthMap, apiAuthMap, condition, evt["ResponseTransferMode"], evt.Context.Partition);
            if (Truthiness.IsTruthy(evt["Auth"]))
            {
                ApiEventAuth.AddToSwagger(evt, methodAuthMap, api, link, method, path, stage, editor);
            }

            if (Truthiness.IsTruthy(evt["TimeoutInMillis"]))
            {
                editor.AddTimeout(path, method, evt["TimeoutInMillis"]!);
            }

            if (Truthiness.IsTruthy(evt["RequestModel"]))
            {
                AddRequestModel(evt, api, editor, path, method);
            }

            if (Truthiness.IsTruthy(evt["RequestParameters"]))
            {
                editor.AddRequestParameters(path, method, RequestParameters(evt));
            }
        }
        catch (Exception) when (undo is not null)
        {
            editor.Undo(undo);
            throw;
        }

        DefinitionBodyHandover.Set(api, merge ? Merged(evt, link, body, editor, path, method, unicodePath, unicodeMethod) : editor.Document);
    }

    /// <summary>The integration URI: the function's ARN (or the alias) in an API Gateway invocation path.</summary>
    private static JObject IntegrationUri(FunctionEvent evt)
    {
        var target = evt.Target;
        var isAlias = !ReferenceEquals(target, evt.Lambda);
        var streaming = evt["ResponseTransferMode"] is JValue { Type: JTokenType.String } mode && (string?)mode == "RESPONSE_STREAM";
        var version = streaming ? "2021-11-15" : "2015-03-31";
        var invocation = streaming ? "/response-streaming-invocations" : "/invocations";
        var shorthand = isAlias ? "${" + target.LogicalId + "}" : "${" + target.LogicalId + ".Arn}";
        var arn = $"arn:{evt.Context.Partition}:apigateway:${{AWS::Region}}:lambda:path/{version}/functions/" + shorthand + invocation;
        return Py27.NewDict(new JProperty("Fn::Sub", Py27.Str(arn, unicode: !isAlias)));
    }

    private static void AddRequestModel(FunctionEvent evt, JObject api, SwaggerEditor editor, string path, string method)
    {
        var requestModel = (JObject)evt["RequestModel"]!;
        var model = requestModel["Model"];
        if (!Truthiness.IsTruthy(model))
        {
            return;
        }

        var shown = PythonStr.Format(model);
        var models = api["Models"];
        if (!Truthiness.IsTruthy(models))
        {
            throw evt.Error($"Unable to set RequestModel [{shown}] on API method [{method}] for path [{path}] because the related API does not define any Models.");
        }

        if (!Fn.IsIntrinsic(models) && models is not JObject)
        {
            throw evt.Error($"Unable to set RequestModel [{shown}] on API method [{method}] for path [{path}] because the related API Models defined is of invalid type.");
        }

        if (model is not JValue { Type: JTokenType.String })
        {
            throw evt.Error($"Unable to set RequestModel [{shown}] on API method [{method}] for path [{path}] because the related API does not contain valid Models.");
        }

        if (!Truthiness.IsTruthy(models![(string)model!]))
        {
            throw evt.Error($"Unable to set RequestModel [{shown}] on API method [{method}] for path [{path}] because it wasn't defined in the API's Models.");
        }

        editor.AddRequestModel(path, method, requestModel);
        var validateBody = requestModel["ValidateBody"] is { Type: not JTokenType.Null } b ? b : null;
        var validateParameters = requestModel["ValidateParameters"] is { Type: not JTokenType.Null } v ? v : null;
        if (validateBody is null && validateParameters is null)
        {
            return;
        }

        validateBody ??= false;
        validateParameters ??= false;
        if (validateBody.Type != JTokenType.Boolean || validateParameters.Type != JTokenType.Boolean)
        {
            throw evt.Error($"Unable to set Validator to RequestModel [{shown}] on API method [{method}] for path [{path}] ValidateBody and ValidateParameters must be a boolean type, strings or intrinsics are not supported.");
        }

        editor.AddRequestValidator(path, method, (bool)validateBody, (bool)validateParameters);
    }

    private static List<RequestParameter> RequestParameters(FunctionEvent evt)
    {
        const string BadKey = "Invalid value for 'RequestParameters' property. Keys must be in the format 'method.request.[querystring|path|header].{value}', e.g 'method.request.header.Authorization'.";
        var parameters = new List<RequestParameter>();
        // The reference's for parameter in RequestParameters; where Python cannot iterate the value it fails without a message.
        var walked = PythonIteration.Items(evt["RequestParameters"]!)
            ?? throw evt.Error("Invalid value for 'RequestParameters' property. Property must be either a string or an object");
        foreach (var parameter in walked)
        {
            if (parameter is JObject map && map.Count > 0)
            {
                // The reference takes the first of the item's items in Python's order (next(iter(parameter.items()))).
                var first = Py27.Properties(map).First();
                if (!ParameterName().IsMatch(first.Name))
                {
                    throw evt.Error(BadKey);
                }

                if (first.Value is not JObject settings || settings.Properties().Any(p => !RequestParameterProperties.Contains(p.Name, StringComparer.Ordinal)))
                {
                    throw evt.Error("Invalid value for 'RequestParameters' property. Values must be an object, e.g { Required: true, Caching: false }");
                }

                parameters.Add(new RequestParameter(first.Name, Py27.IsUnicodeKey(map, first.Name), settings["Required"] ?? false, settings["Caching"] ?? false));
            }
            else if (parameter is JValue { Type: JTokenType.String } name)
            {
                if (!ParameterName().IsMatch((string)name!))
                {
                    throw evt.Error(BadKey);
                }

                parameters.Add(new RequestParameter((string)name!, Py27.IsUnicode(name), false, false));
            }
            else
            {
                throw evt.Error("Invalid value for 'RequestParameters' property. Property must be either a string or an object");
            }
        }

        return parameters;
    }

    /// <summary>The user's document with the generated method merged over the user's own method (generated keys win).</summary>
    private static JObject Merged(FunctionEvent evt, ApiEventLink link, JToken body, SwaggerEditor editor, string path, string method, bool unicodePath, bool unicodeMethod)
    {
        if (body is not JObject source)
        {
            // The reference fails here without a message (source_definition_body.copy() on a scalar or a list); the
            // API reports the same property when it is transformed on its own.
            throw TemplateErrors.Resource(ApiIdText(link), "Property 'DefinitionBody' should be a map.", body);
        }

        // The reference's source_definition_body.copy(): a shallow Py27Dict copy, which can reorder the root's keys.
        var merged = Py27.ShallowCopy(source);
        var sourcePaths = Truthiness.IsTruthy(merged["paths"]) ? merged["paths"]! : new JObject();
        JToken? existing;
        if (sourcePaths is not JObject pathsMap)
        {
            throw TemplateErrors.Resource(ApiIdText(link), "Property 'DefinitionBody' is invalid: It should be a map", source);
        }

        var pathItem = pathsMap[path];
        if (pathItem is not null && pathItem.Type != JTokenType.Null && pathItem is not JObject)
        {
            throw TemplateErrors.Resource(ApiIdText(link), $"Property 'DefinitionBody' is invalid: The value of '{path}' should be a map", source);
        }

        existing = (pathItem as JObject)?[method];
        var methodBody = Truthiness.IsTruthy(existing) ? existing! : new JObject();
        if (methodBody is not JObject methodMap)
        {
            throw TemplateErrors.Resource(ApiIdText(link), $"Property 'DefinitionBody.paths.{path}.{method}' should be a map.", existing);
        }

        // A plain map: the user's keys first, then the generated ones, which win on a conflict.
        var generated = (JObject)editor.Document["paths"]![path]![SwaggerEditor.NormalizeMethod(method)]!;
        var result = new JObject();
        foreach (var key in Py27.Keys(methodMap))
        {
            Py27.Set(result, key, methodMap[key]!.DeepClone(), Py27.IsUnicodeKey(methodMap, key));
        }

        foreach (var key in Py27.Keys(generated))
        {
            Py27.Set(result, key, generated[key]!.DeepClone(), Py27.IsUnicodeKey(generated, key));
        }

        // The reference sets both keys on its Python 2.7 maps (the event's own Path and Method strings), so they are
        // set through Py27: the key order and the keys' template origin are part of what the deployment id hashes,
        // and an implicit API's document may already count copies its maps owe.
        if (pathItem is not JObject pathObject)
        {
            pathObject = [];
            Py27.Set(pathsMap, path, pathObject, unicodePath);
        }

        // Like the reference, a document without paths gets nothing: the merged method lands in a detached map.
        Py27.Set(pathObject, method, result, unicodeMethod);
        return merged;
    }

    private static string ApiIdText(ApiEventLink link) => link.ApiId is JValue { Type: JTokenType.String } id ? (string)id! : PythonStr.Format(link.ApiId);

    [GeneratedRegex(@"^method\.request\.(querystring|path|header)\.", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
