using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.HttpApi;

/// <summary>
/// Writes an HttpApi event's route into its API's OpenAPI definition (the reference's <c>_add_openapi_integration</c>):
/// the Lambda integration, the route's authorizer, timeout, path parameters and payload format version.
/// </summary>
internal static class HttpApiEventIntegration
{
    public static void Add(FunctionEvent evt, HttpApiEventLink link, string path, string method)
    {
        var api = link.Api;
        if (api["DefinitionBody"] is null or { Type: JTokenType.Null })
        {
            return;
        }

        var (editor, inPlace) = EditorFor(evt, link, api["DefinitionBody"]!);
        if (Truthiness.IsTruthy(api["__MANAGE_SWAGGER"]) && editor.HasIntegration(path, method))
        {
            throw evt.Error($"API method '{method}' defined multiple times for path '{path}'.");
        }

        var undo = inPlace ? editor.SaveForUndo(path) : null;
        try
        {
            Edit(evt, link, editor, path, method);
        }
        catch (Exception) when (undo is not null)
        {
            editor.Undo(undo);
            throw;
        }

        DefinitionBodyHandover.Set(api, editor.Document);
    }

    private static void Edit(FunctionEvent evt, HttpApiEventLink link, OpenApiEditor editor, string path, string method)
    {
        // As for a REST API's events: the URI names a function by its (template) logical id, an alias by a generated one.
        var target = evt.Target;
        var isFunction = ReferenceEquals(target, evt.Lambda);
        var shorthand = isFunction ? "${" + target.LogicalId + ".Arn}" : "${" + target.LogicalId + "}";
        var uri = Py27.NewDict();
        Py27.Set(uri, "Fn::Sub", Py27.Str("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/" + shorthand + "/invocations", unicode: isFunction));
        editor.AddLambdaIntegration(path, method, uri, target.GetAttribute("Condition"), Py27.IsUnicode(evt.Properties["Path"]), Py27.IsUnicode(evt.Properties["Method"]));
        if (evt["Auth"] is JObject auth && Truthiness.IsTruthy(auth))
        {
            HttpApiEventAuth.Add(evt, link.Api, link.ApiId, editor, auth, path, method);
        }

        if (Truthiness.IsTruthy(evt["TimeoutInMillis"]))
        {
            editor.AddTimeout(path, method, evt["TimeoutInMillis"]!);
        }

        var parameters = ApiPaths.ParameterNames(path);
        if (parameters.Count > 0)
        {
            editor.AddPathParameters(path, method, parameters);
        }

        if (Truthiness.IsTruthy(evt["PayloadFormatVersion"]))
        {
            editor.AddPayloadFormatVersion(path, method, evt["PayloadFormatVersion"]!);
        }
    }

    /// <summary>
    /// The editor for the event's API definition, and whether it edits in place. An HTTP API's definition that SAM
    /// generated is edited in place (a failing edit is undone; the reference's copy per event makes many events
    /// quadratic); another HTTP API's definition on a copy; a REST API's on a Python copy, whose key orders its
    /// deployment id hashes.
    /// </summary>
    private static (OpenApiEditor Editor, bool InPlace) EditorFor(FunctionEvent evt, HttpApiEventLink link, JToken definition)
    {
        var isHttpApi = evt.Context.Resources[link.ApiId] is JObject resource
            && SamDeploy.Templates.JsonText.StringOf(resource["Type"]) == "AWS::Serverless::HttpApi";
        if (!isHttpApi)
        {
            return (new OpenApiEditor(definition), false);
        }

        return Truthiness.IsTruthy(link.Api["__MANAGE_SWAGGER"])
            ? (OpenApiEditor.InPlace(definition), true)
            : (OpenApiEditor.ForHttpApi(definition), false);
    }
}
