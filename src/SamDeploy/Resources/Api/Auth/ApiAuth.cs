using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Auth;

/// <summary>
/// The API's <c>Auth</c> (the reference's <c>_add_auth</c>): authorizer security definitions, the default authorizer
/// on every method, the API key requirement and the resource policy.
/// </summary>
internal static class ApiAuth
{
    private static readonly string[] Fields =
    [
        "Authorizers", "DefaultAuthorizer", "InvokeRole", "AddDefaultAuthorizerToCorsPreflight",
        "AddApiKeyRequiredToCorsPreflight", "ApiKeyRequired", "ResourcePolicy", "UsagePlan",
    ];

    public static void Apply(ApiScope api)
    {
        var auth = api["Auth"];
        if (!Truthiness.IsTruthy(auth))
        {
            return;
        }

        if (!Truthiness.IsTruthy(api.DefinitionBody))
        {
            throw api.Error("Auth works only with inline Swagger specified in 'DefinitionBody' property.");
        }

        // A parameter Ref resolved to a string: the reference checks the string's characters as Auth's keys.
        if (auth is not JObject map || !map.Properties().All(p => Fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            throw api.Error("Invalid value for 'Auth' property");
        }

        if (!SwaggerEditor.IsValid(api.DefinitionBody))
        {
            throw api.Error("Unable to add Auth configuration because 'DefinitionBody' does not contain a valid Swagger definition.");
        }

        var editor = SwaggerEditor.EditWholeInPlace(api.DefinitionBody);
        var defaultAuthorizer = map["DefaultAuthorizer"];
        var authorizers = Authorizers(api, map["Authorizers"], defaultAuthorizer);
        if (authorizers is { Count: > 0 })
        {
            editor.AddAuthorizerDefinitions(authorizers, api.Context.Partition);
            SetDefaultAuthorizer(api, editor, authorizers, defaultAuthorizer, Flag(map, "AddDefaultAuthorizerToCorsPreflight"));
        }

        if (Truthiness.IsTruthy(map["ApiKeyRequired"]))
        {
            editor.AddApiKeySecurityDefinition();
            var requiredOnOptions = Flag(map, "AddApiKeyRequiredToCorsPreflight");
            foreach (var path in editor.PathNames())
            {
                editor.SetPathDefaultApiKeyRequired(path, requiredOnOptions);
            }
        }

        var policy = map["ResourcePolicy"];
        if (Truthiness.IsTruthy(policy))
        {
            SwaggerErrors.RequireMap(policy, "ResourcePolicy must be a map (ResourcePolicyStatement).");
            foreach (var path in editor.PathNames())
            {
                editor.AddResourcePolicy(policy, path, api["StageName"]);
            }

            if (Truthiness.IsTruthy(policy!["CustomStatements"]))
            {
                editor.AddCustomStatements(policy["CustomStatements"]!);
            }
        }

        api.DefinitionBody = OpenApiPostProcessor.Apply(editor.Document, api["OpenApiVersion"]);
    }

    /// <summary>The authorizers of <c>Auth.Authorizers</c> (plus AWS_IAM when it is the default); null when there are none.</summary>
    public static List<ApiAuthorizer>? Authorizers(ApiScope api, JToken? config, JToken? defaultAuthorizer)
    {
        var authorizers = new List<ApiAuthorizer>();
        if (defaultAuthorizer is JValue { Type: JTokenType.String } d && (string?)d == "AWS_IAM")
        {
            authorizers.Add(ApiAuthorizer.AwsIam(api.LogicalId, Py27.IsUnicode(d)));
        }

        if (!Truthiness.IsTruthy(config))
        {
            return authorizers.Count > 0 ? authorizers : null;
        }

        if (config is not JObject map)
        {
            throw api.Error("Property 'Auth.Authorizers' should be a map.", config);
        }

        foreach (var name in Py27.Keys(map))
        {
            if (map[name] is not JObject definition)
            {
                throw api.Error($"Property 'Auth.Authorizers.{name}' should be a map.", map[name]);
            }

            authorizers.RemoveAll(a => a.Name == name);
            authorizers.Add(ApiAuthorizer.Parse(api.LogicalId, name, Py27.IsUnicodeKey(map, name), definition));
        }

        return authorizers;
    }

    private static void SetDefaultAuthorizer(ApiScope api, SwaggerEditor editor, List<ApiAuthorizer> authorizers, JToken? defaultAuthorizer, bool addToPreflight)
    {
        if (!Truthiness.IsTruthy(defaultAuthorizer))
        {
            return;
        }

        if (defaultAuthorizer is not JValue { Type: JTokenType.String } nameValue)
        {
            throw api.Error("DefaultAuthorizer is not a string.");
        }

        var name = (string)nameValue!;
        if (!authorizers.Any(a => a.Name == name) && name != "AWS_IAM")
        {
            throw api.Error($"Unable to set DefaultAuthorizer because '{name}' was not defined in 'Authorizers'.");
        }

        foreach (var path in editor.PathNames())
        {
            editor.SetPathDefaultAuthorizer(path, name, authorizers, addToPreflight, Py27.IsUnicode(nameValue));
        }
    }

    private static bool Flag(JObject auth, string name) =>
        !auth.TryGetValue(name, StringComparison.Ordinal, out var value) || Truthiness.IsTruthy(value);
}
