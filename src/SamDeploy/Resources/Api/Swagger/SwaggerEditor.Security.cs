using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Auth;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>Security: authorizer definitions, default authorizers, API keys and per-method auth.</summary>
internal sealed partial class SwaggerEditor
{
    /// <summary>Writes each authorizer's definition into <c>securityDefinitions</c>.</summary>
    public void AddAuthorizerDefinitions(IReadOnlyList<ApiAuthorizer> authorizers, string partition)
    {
        if (Truthy(SecurityDefinitions) && SecurityDefinitions is not JObject)
        {
            throw SwaggerErrors.Invalid("securityDefinitions must be a dictionary.");
        }

        var definitions = Truthy(SecurityDefinitions) ? (JObject)SecurityDefinitions! : Py27.NewDict();
        SecurityDefinitions = definitions;
        // The reference keeps its authorizers in a Python 2.7 map, so they arrive in that map's order.
        var order = Py27KeyOrder.FromInserts(authorizers.Select(a => a.Name)).Keys;
        foreach (var name in order)
        {
            var authorizer = authorizers.First(a => a.Name == name);
            Py27.Set(definitions, authorizer.Name, authorizer.ToSwagger(partition), authorizer.UnicodeName);
        }
    }

    /// <summary>Adds the AWS_IAM (SigV4) security definition when missing.</summary>
    public void AddIamSecurityDefinition()
    {
        var definition = Py27.NewDict();
        Py27.Set(definition, "x-amazon-apigateway-authtype", "awsSigv4");
        Py27.Set(definition, "type", "apiKey");
        Py27.Set(definition, "name", "Authorization");
        Py27.Set(definition, "in", "header");
        var definitions = Truthy(SecurityDefinitions) ? SecurityDefinitions as JObject : null;
        if (definitions is null)
        {
            definitions = Py27.NewDict();
            SecurityDefinitions = definitions;
        }

        if (!definitions.ContainsKey("AWS_IAM"))
        {
            Py27.Update(definitions, "AWS_IAM", definition);
        }
    }

    /// <summary>Adds the <c>api_key</c> security definition when missing.</summary>
    public void AddApiKeySecurityDefinition()
    {
        var definition = Py27.NewDict();
        Py27.Set(definition, "type", "apiKey");
        Py27.Set(definition, "name", "x-api-key");
        Py27.Set(definition, "in", "header");
        if (!Truthy(SecurityDefinitions))
        {
            SecurityDefinitions = Py27.NewDict();
        }

        if (SecurityDefinitions is not JObject definitions)
        {
            // A plain template error here (not a document one): the transform goes on with the other resources.
            throw Transform.TemplateErrors.Template("securityDefinitions must be a dictionary.");
        }

        if (!definitions.ContainsKey("api_key"))
        {
            Py27.Update(definitions, "api_key", definition);
        }
    }

    /// <summary>Applies the default authorizer to every method of a path that names none (NONE opts out).</summary>
    public void SetPathDefaultAuthorizer(string path, string defaultAuthorizer, IReadOnlyList<ApiAuthorizer> authorizers, bool addToPreflight, bool unicodeDefault)
    {
        foreach (var (methodName, definition) in AllMethods(path).ToList())
        {
            if (!addToPreflight && methodName == "options")
            {
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal) { "AWS_IAM" };
            foreach (var a in authorizers)
            {
                names.Add(a.Name);
            }

            var existing = ExistingSecurity(definition, path, methodName);
            var nonAuthorizer = new List<JToken>();
            var authorizerSecurity = new List<JToken>();
            foreach (var security in existing)
            {
                if (security is not JObject map)
                {
                    throw SwaggerErrors.Invalid($"{PythonStr.Format(security)} in Security for path {path} method {methodName} is not a valid dictionary.");
                }

                if (map.Properties().Any(p => names.Contains(p.Name)))
                {
                    authorizerSecurity.Add(security);
                }
                else
                {
                    nonAuthorizer.Add(security);
                }
            }

            var noneIndex = nonAuthorizer.FindIndex(s => ((JObject)s).ContainsKey("NONE"));
            List<JToken> chosen;
            if (noneIndex > -1)
            {
                nonAuthorizer.RemoveAt(noneIndex);
                chosen = [];
            }
            else if (authorizerSecurity.Count > 0)
            {
                chosen = authorizerSecurity;
            }
            else
            {
                var entry = Py27.NewDict();
                var scopes = authorizers.FirstOrDefault(a => a.Name == defaultAuthorizer)?.AuthorizationScopes;
                Py27.Set(entry, defaultAuthorizer, scopes?.DeepClone() ?? new JArray(), unicodeDefault);
                chosen = [entry];
            }

            var combined = nonAuthorizer.Concat(chosen).ToList();
            if (combined.Count > 0)
            {
                Py27.Set(definition, "security", new JArray(combined));
                if (((JObject)combined[0]).ContainsKey("AWS_IAM"))
                {
                    AddIamSecurityDefinition();
                }
            }
        }
    }

    /// <summary>Requires the API key on every method of a path that does not opt out.</summary>
    public void SetPathDefaultApiKeyRequired(string path, bool requiredOnOptions)
    {
        foreach (var (methodName, definition) in AllMethods(path).ToList())
        {
            var existing = ExistingSecurity(definition, path, methodName);
            var nonApiKey = new List<JToken>();
            var apiKey = new List<JToken>();
            foreach (var security in existing)
            {
                if (security is not JObject map)
                {
                    throw SwaggerErrors.Invalid($"{PythonStr.Format(security)} in Security for path {path} method {methodName} is not a valid dictionary.");
                }

                if (map.ContainsKey("api_key") || map.ContainsKey("api_key_false"))
                {
                    apiKey.Add(security);
                }
                else
                {
                    nonApiKey.Add(security);
                }
            }

            var falseIndex = apiKey.FindIndex(s => ((JObject)s).ContainsKey("api_key_false"));
            var apiKeySecurity = new List<JToken>();
            if (falseIndex > -1)
            {
                apiKey.RemoveAt(falseIndex);
            }
            else
            {
                var entry = Py27.NewDict();
                Py27.Set(entry, "api_key", new JArray());
                apiKeySecurity.Add(entry);
            }

            var security2 = nonApiKey.Concat(apiKeySecurity).ToList();
            if (methodName == "options" && !requiredOnOptions)
            {
                security2 = nonApiKey;
            }

            if (!JToken.DeepEquals(new JArray(security2), new JArray(existing)))
            {
                Py27.Set(definition, "security", new JArray(security2));
            }
        }
    }

    /// <summary>Adds a method's own Authorizer and ApiKeyRequired (the reference's <c>add_auth_to_method</c>).</summary>
    public void AddAuthToMethod(string path, string method, JObject? auth, JObject? apiAuth)
    {
        var methodAuthorizer = auth?["Authorizer"];
        var scopes = auth?["AuthorizationScopes"];
        var authorizers = apiAuth?["Authorizers"];
        if (Truthy(methodAuthorizer))
        {
            SetMethodAuthorizer(path, method, methodAuthorizer!, authorizers, scopes);
        }

        var apiKeyRequired = auth?["ApiKeyRequired"];
        if (apiKeyRequired is not null && apiKeyRequired.Type != JTokenType.Null)
        {
            SetMethodApiKey(path, method, Truthy(apiKeyRequired));
        }
    }

    private void SetMethodAuthorizer(string path, string method, JToken authorizerName, JToken? authorizers, JToken? methodScopes)
    {
        var name = AsString(authorizerName) ?? PythonStr.Format(authorizerName);
        foreach (var definition in MethodDefinitions(path, method).ToList())
        {
            var entry = Py27.NewDict();
            Py27.Set(entry, name, new JArray(), Py27.IsUnicode(authorizerName));
            var existing = ExistingSecurity(definition, path, method);
            if (name != "NONE" && Truthy(authorizers))
            {
                var authorizer = authorizers is JObject map ? map[name] : null;
                if (authorizer is not null && authorizer is not JObject && authorizer.Type != JTokenType.Null)
                {
                    throw SwaggerErrors.Invalid($"Type of authorizer '{name}' must be a dictionary");
                }

                var authScopes = (authorizer as JObject)?["AuthorizationScopes"];
                if (methodScopes is not null && methodScopes.Type != JTokenType.Null)
                {
                    authScopes = methodScopes;
                }

                if (authorizer is not null && authorizer.Type != JTokenType.Null && authScopes is not null && authScopes.Type != JTokenType.Null)
                {
                    entry[name] = authScopes.DeepClone();
                }
            }

            var security = new JArray(existing.Append(entry));
            Py27.Set(definition, "security", security);
            if (security[0] is JObject first && first.ContainsKey("AWS_IAM"))
            {
                AddIamSecurityDefinition();
            }
        }
    }

    private void SetMethodApiKey(string path, string method, bool required)
    {
        foreach (var definition in MethodDefinitions(path, method).ToList())
        {
            var entry = Py27.NewDict();
            if (required)
            {
                Py27.Set(entry, "api_key", new JArray());
                AddApiKeySecurityDefinition();
            }
            else
            {
                Py27.Set(entry, "api_key_false", new JArray());
            }

            var existing = ExistingSecurity(definition, path, method);
            Py27.Set(definition, "security", new JArray(existing.Append(entry)));
        }
    }

    private static List<JToken> ExistingSecurity(JObject definition, string path, string method)
    {
        var existing = definition["security"];
        if (existing is null)
        {
            return [];
        }

        if (existing is not JArray list)
        {
            throw SwaggerErrors.Invalid($"Type of security for path {path} method {method} must be a list");
        }

        return [.. list];
    }
}
