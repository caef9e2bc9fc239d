using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Api;

/// <summary>An Api event's own <c>Auth</c>: its authorizer, scopes, API key setting and resource policy, checked against the API's Auth.</summary>
internal static class ApiEventAuth
{
    public static void AddToSwagger(FunctionEvent evt, JObject eventAuth, JObject api, ApiEventLink link, string method, string path, JToken stage, SwaggerEditor editor)
    {
        var methodAuthorizer = eventAuth["Authorizer"];
        var apiAuth = SamDeploy.Resources.Api.Python27.Py27Parameters.Resolver(evt.Context).ResolveCopy(api["Auth"]);
        var shown = PythonStr.Format(methodAuthorizer);
        if (Truthiness.IsTruthy(methodAuthorizer))
        {
            var apiAuthorizers = Truthiness.IsTruthy(apiAuth) ? (apiAuth as JObject)?["Authorizers"] : null;
            if (Truthiness.IsTruthy(apiAuthorizers) && apiAuthorizers is not JObject)
            {
                throw TemplateErrors.Resource(ApiIdText(link), "Property 'Auth.Authorizers' should be a map.", apiAuthorizers);
            }

            var name = methodAuthorizer is JValue { Type: JTokenType.String } s ? (string?)s : null;
            if (name != "AWS_IAM")
            {
                if (name != "NONE")
                {
                    if (!Truthiness.IsTruthy(apiAuthorizers))
                    {
                        throw evt.Error($"Unable to set Authorizer [{shown}] on API method [{method}] for path [{path}] because the related API does not define any Authorizers.");
                    }

                    CheckAuthorizerType(evt, method, path, methodAuthorizer!, apiAuthorizers);
                    if (!Truthiness.IsTruthy(((JObject)apiAuthorizers!)[name!]))
                    {
                        throw evt.Error($"Unable to set Authorizer [{shown}] on API method [{method}] for path [{path}] because it wasn't defined in the API's Authorizers.");
                    }
                }
                else if (!Truthiness.IsTruthy(apiAuth) || !Truthiness.IsTruthy((apiAuth as JObject)?["DefaultAuthorizer"]))
                {
                    throw evt.Error($"Unable to set Authorizer on API method [{method}] for path [{path}] because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified.");
                }
            }
        }

        var scopes = eventAuth["AuthorizationScopes"];
        if (Truthiness.IsTruthy(scopes))
        {
            if (scopes is not JArray)
            {
                throw evt.Error("Property 'Auth.AuthorizationScopes' should be a list.", scopes);
            }

            if (!Truthiness.IsTruthy(methodAuthorizer))
            {
                throw evt.Error("AuthorizationScopes works only when Authorizer is set");
            }
        }

        var apiKeyRequired = eventAuth["ApiKeyRequired"] is { Type: not JTokenType.Null } k ? k : null;
        if (apiKeyRequired is not null && !Truthiness.IsTruthy(apiKeyRequired)
            && (!Truthiness.IsTruthy(apiAuth) || !Truthiness.IsTruthy((apiAuth as JObject)?["ApiKeyRequired"])))
        {
            throw evt.Error($"Unable to set ApiKeyRequired [False] on API method [{method}] for path [{path}] because the related API does not specify any ApiKeyRequired.");
        }

        if (Truthiness.IsTruthy(methodAuthorizer) || apiKeyRequired is not null)
        {
            editor.AddAuthToMethod(path, method, eventAuth, api["Auth"] as JObject);
        }

        var resourcePolicy = eventAuth["ResourcePolicy"];
        if (Truthiness.IsTruthy(resourcePolicy))
        {
            if (resourcePolicy is not JObject policy)
            {
                throw evt.Error("Property 'Auth.ResourcePolicy' should be a map.", resourcePolicy);
            }

            editor.AddResourcePolicy(policy, path, stage);
            if (Truthiness.IsTruthy(policy["CustomStatements"]))
            {
                editor.AddCustomStatements(policy["CustomStatements"]!);
            }
        }
    }

    private static void CheckAuthorizerType(FunctionEvent evt, string method, string path, JToken methodAuthorizer, JToken? apiAuthorizers)
    {
        if (methodAuthorizer is not JValue { Type: JTokenType.String } || apiAuthorizers is not JObject)
        {
            throw evt.Error($"Unable to set Authorizer [{PythonStr.Format(methodAuthorizer)}] on API method [{method}] for path [{path}]. The method authorizer must be a string with a corresponding dict entry in the api authorizer.");
        }
    }

    private static string ApiIdText(ApiEventLink link) => link.ApiId is JValue { Type: JTokenType.String } id ? (string)id! : PythonStr.Format(link.ApiId);
}
