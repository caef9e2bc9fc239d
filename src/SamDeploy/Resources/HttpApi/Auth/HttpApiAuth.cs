using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi.Auth;

/// <summary>
/// An HTTP API's <c>Auth</c> (Authorizers, DefaultAuthorizer, EnableIamAuthorizer): the authorizers in the
/// definition's security schemes, the default authorizer on every route without its own, and the Lambda permissions
/// of Lambda authorizers that ask for them.
/// </summary>
internal static class HttpApiAuth
{
    private static readonly string[] Fields = ["Authorizers", "DefaultAuthorizer", "EnableIamAuthorizer"];

    public static void Add(HttpApiScope api)
    {
        var auth = api["Auth"];
        if (!Truthiness.IsTruthy(auth))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Auth works only with inline OpenApi specified in the 'DefinitionBody' property.");
        }

        var map = (JObject)auth!;
        if (!map.Properties().All(p => Fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            throw api.Error("Invalid value for 'Auth' property");
        }

        if (!OpenApiEditor.IsValid(api.DefinitionBody))
        {
            throw api.Error("Unable to add Auth configuration because 'DefinitionBody' does not contain a valid OpenApi definition.");
        }

        var editor = OpenApiEditor.InPlace(api.DefinitionBody);
        var authorizers = Authorizers(api, map);
        editor.AddSecuritySchemes(authorizers, api.Context.Partition);
        SetDefaultAuthorizer(api, editor, authorizers, map["DefaultAuthorizer"]);
        api.DefinitionBody = editor.Document;
    }

    /// <summary>A permission for API Gateway to invoke each Lambda authorizer whose EnableFunctionDefaultPermissions is true.</summary>
    public static IEnumerable<CfnResource> AuthorizerPermissions(HttpApiScope api, CfnResource httpApi)
    {
        if (api["Auth"] is not JObject auth || !Truthiness.IsTruthy(auth))
        {
            yield break;
        }

        foreach (var authorizer in Authorizers(api, auth))
        {
            if (!Truthiness.IsTruthy(authorizer.FunctionArn) || authorizer.EnableFunctionDefaultPermissions is not JValue { Type: JTokenType.Boolean } enable || !(bool)enable)
            {
                continue;
            }

            yield return Api.Auth.AuthorizerPermissions.ForAuthorizer(
                api.LogicalId + authorizer.Name, api.Attributes.PassThroughOnly, authorizer.FunctionArn!, "${AWS::Partition}", httpApi.LogicalId);
        }
    }

    /// <summary>The API's authorizers: the IAM one when enabled, then those of Authorizers, checked.</summary>
    private static List<HttpApiAuthorizer> Authorizers(HttpApiScope api, JObject auth)
    {
        var authorizers = new List<HttpApiAuthorizer>();
        if (auth["EnableIamAuthorizer"] is JValue { Type: JTokenType.Boolean } iam && (bool)iam)
        {
            authorizers.Add(HttpApiAuthorizer.Iam(api.LogicalId));
        }

        var config = auth["Authorizers"];
        if (!Truthiness.IsTruthy(config))
        {
            return authorizers;
        }

        if (config is not JObject map)
        {
            throw api.Error("Property 'Auth.Authorizers' should be a map.", config);
        }

        // Walked as Python walks the map (a Python 2.7 map in a converted template), so the first bad authorizer reported
        // is the reference's, and the authorizers keep its order.
        foreach (var property in Py27.Properties(map))
        {
            if (property.Value is not JObject definition)
            {
                throw api.Error($"Property 'Auth.Authorizers.{property.Name}' should be a map.", property.Value);
            }

            if (definition.ContainsKey("OpenIdConnectUrl"))
            {
                throw api.Error($"'OpenIdConnectUrl' is no longer a supported property for authorizer '{property.Name}'. Please refer to the AWS SAM documentation.");
            }

            // A Python map keeps a key's place when it is assigned again (an authorizer named AWS_IAM replaces the IAM one).
            var authorizer = HttpApiAuthorizer.From(api.LogicalId, property.Name, definition);
            var existing = authorizers.FindIndex(a => a.Name == property.Name);
            if (existing >= 0)
            {
                authorizers[existing] = authorizer;
            }
            else
            {
                authorizers.Add(authorizer);
            }
        }

        return authorizers;
    }

    private static void SetDefaultAuthorizer(HttpApiScope api, OpenApiEditor editor, List<HttpApiAuthorizer> authorizers, JToken? defaultAuthorizer)
    {
        if (!Truthiness.IsTruthy(defaultAuthorizer) || Fn.IsNoValue(defaultAuthorizer))
        {
            return;
        }

        if (defaultAuthorizer is not JValue { Type: JTokenType.String })
        {
            throw api.Error("Property 'Auth.DefaultAuthorizer' should be a string.", defaultAuthorizer);
        }

        var name = (string)defaultAuthorizer!;
        if (!authorizers.Any(a => a.Name == name))
        {
            throw api.Error($"Unable to set DefaultAuthorizer because '{name}' was not defined in 'Authorizers'.");
        }

        foreach (var path in editor.PathNames())
        {
            editor.SetPathDefaultAuthorizer(path, name, authorizers);
        }
    }
}
