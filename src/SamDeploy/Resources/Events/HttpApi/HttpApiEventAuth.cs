using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.HttpApi;

/// <summary>
/// An HttpApi event's <c>Auth</c> (the reference's <c>_add_auth_to_openapi_integration</c>): the route's authorizer
/// (the API's DefaultAuthorizer when the event names none), checked against the API's Authorizers, and its scopes.
/// </summary>
internal static class HttpApiEventAuth
{
    public static void Add(FunctionEvent evt, JObject api, string apiId, OpenApiEditor editor, JObject auth, string path, string method)
    {
        var methodAuthorizer = auth["Authorizer"];
        var apiAuthToken = api.TryGetValue("Auth", StringComparison.Ordinal, out var a) ? a : new JObject();
        if (apiAuthToken is not JObject apiAuth)
        {
            throw TemplateErrors.Resource(apiId, "Property 'Auth' should be a map.", apiAuthToken);
        }

        if (!Truthiness.IsTruthy(methodAuthorizer))
        {
            if (!Truthiness.IsTruthy(apiAuth["DefaultAuthorizer"]))
            {
                throw evt.Error("'Auth' section requires either an explicit 'Authorizer' set or a 'DefaultAuthorizer' configured on the HttpApi.");
            }

            methodAuthorizer = apiAuth["DefaultAuthorizer"]!.DeepClone();
            auth["Authorizer"] = methodAuthorizer;
        }

        // The reference takes `api_auth and api_auth.get("Authorizers")`: an empty Auth map stands for the authorizers.
        var authorizers = Truthiness.IsTruthy(apiAuth) ? apiAuth["Authorizers"] : apiAuth;
        var iamEnabled = apiAuth["EnableIamAuthorizer"] is JValue { Type: JTokenType.Boolean } iam && (bool)iam;
        var name = methodAuthorizer is JValue { Type: JTokenType.String } s ? (string)s! : null;
        if (name != "NONE" && !(name == "AWS_IAM" && iamEnabled) && (name is null || authorizers is not JObject))
        {
            throw evt.Error($"Unable to set Authorizer [{PythonStr.Format(methodAuthorizer)}] on API method [{method}] for path [{path}]. The method authorizer must be a string with a corresponding dict entry in the api authorizer.");
        }

        if (name == "NONE")
        {
            if (!Truthiness.IsTruthy(apiAuth["DefaultAuthorizer"]))
            {
                throw evt.Error($"Unable to set Authorizer on API method [{method}] for path [{path}] because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified.");
            }
        }
        else if (name != "AWS_IAM" || !iamEnabled)
        {
            if (!Truthiness.IsTruthy(authorizers))
            {
                throw evt.Error($"Unable to set Authorizer [{name}] on API method [{method}] for path [{path}] because the related API does not define any Authorizers.");
            }

            if (!Truthiness.IsTruthy(authorizers![name!]))
            {
                throw evt.Error($"Unable to set Authorizer [{name}] on API method [{method}] for path [{path}] because it wasn't defined in the API's Authorizers.");
            }
        }

        if (Truthiness.IsTruthy(auth["AuthorizationScopes"]) && auth["AuthorizationScopes"] is not JArray)
        {
            throw evt.Error($"Unable to set Authorizer on API method [{method}] for path [{path}] because 'AuthorizationScopes' must be a list of strings.");
        }

        editor.AddAuthToMethod(path, method, auth, authorizers);
    }
}
