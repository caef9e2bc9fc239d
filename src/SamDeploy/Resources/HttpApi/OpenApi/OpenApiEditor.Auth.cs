using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Resources.HttpApi.Auth;

namespace SamDeploy.Resources.HttpApi.OpenApi;

/// <summary>Authorizers in <c>components.securitySchemes</c> and the <c>security</c> of routes.</summary>
internal sealed partial class OpenApiEditor
{
    public void AddSecuritySchemes(IReadOnlyList<HttpApiAuthorizer> authorizers, string partition)
    {
        if (!Transform.Truthiness.IsTruthy(SecuritySchemes))
        {
            SecuritySchemes = new JObject();
        }

        foreach (var authorizer in authorizers)
        {
            SecuritySchemes[authorizer.Name] = authorizer.OpenApi(partition);
        }
    }

    /// <summary>Gives every integrated method of the path without its own <c>security</c> the default authorizer.</summary>
    public void SetPathDefaultAuthorizer(string path, string defaultAuthorizer, IReadOnlyList<HttpApiAuthorizer> authorizers)
    {
        foreach (var item in SwaggerEditor.ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var pathItem = (JObject)item!;
            foreach (var property in pathItem.Properties().ToList())
            {
                var normalized = SwaggerEditor.NormalizeMethod(property.Name);
                if (normalized is "parameters" or "options")
                {
                    continue;
                }

                if (!pathItem.ContainsKey(normalized))
                {
                    throw SwaggerErrors.Invalid($"Could not find {normalized} in {path} within DefinitionBody.");
                }

                foreach (var content in SwaggerEditor.ConditionalContents(property.Value))
                {
                    SwaggerErrors.RequireMethodMap(content, path, property.Name);
                    var definition = (JObject)content!;
                    if (!SwaggerEditor.HasIntegrationIn(definition) || Transform.Truthiness.IsTruthy(definition["security"]))
                    {
                        continue;
                    }

                    var scopes = authorizers.FirstOrDefault(a => a.Name == defaultAuthorizer)?.AuthorizationScopes;
                    definition["security"] = new JArray(new JObject { [defaultAuthorizer] = scopes?.DeepClone() ?? new JArray() });
                }
            }
        }
    }

    /// <summary>Sets the event's authorizer (and scopes) on the method (the reference's <c>add_auth_to_method</c>).</summary>
    public void AddAuthToMethod(string path, string method, JObject auth, JToken? apiAuthorizers)
    {
        if (!Transform.Truthiness.IsTruthy(auth["Authorizer"]))
        {
            return;
        }

        // As in the reference (a plain map, keyed by the template's authorizer name), for a REST API's deployment id.
        var name = (string)auth["Authorizer"]!;
        var unicodeName = Py27.IsUnicode(auth["Authorizer"]);
        var scopes = auth["AuthorizationScopes"];
        foreach (var definition in MethodDefinitions(path, method))
        {
            var security = new JObject();
            Py27.Set(security, name, new JArray(), unicodeName);
            if (name is not ("NONE" or "AWS_IAM"))
            {
                var authorizer = (apiAuthorizers as JObject)?[name] ?? new JObject();
                if (authorizer is not JObject authorizerMap)
                {
                    throw SwaggerErrors.Invalid($"Type of authorizer '{name}' must be a dictionary");
                }

                var methodScopes = authorizerMap["AuthorizationScopes"];
                if (Transform.Truthiness.IsTruthy(scopes))
                {
                    methodScopes = scopes;
                }

                if (Transform.Truthiness.IsTruthy(authorizerMap) && Transform.Truthiness.IsTruthy(methodScopes))
                {
                    Py27.Set(security, name, methodScopes!.DeepClone());
                }
            }

            var existing = definition["security"] ?? new JArray();
            if (existing is not JArray list)
            {
                throw SwaggerErrors.Invalid($"Type of security for path {path} method {method} must be a list");
            }

            var combined = new JArray(list.Select(t => t.DeepClone())) { security };
            Py27.Set(definition, "security", combined);
        }
    }
}
