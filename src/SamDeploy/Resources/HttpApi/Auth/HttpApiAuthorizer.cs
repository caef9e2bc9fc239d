using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi.Auth;

/// <summary>
/// One authorizer of an HTTP API (the reference's <c>ApiGatewayV2Authorizer</c>): the built-in IAM authorizer, a JWT
/// (OAuth2) authorizer or a Lambda (REQUEST) authorizer, checked as the reference checks it and written into the
/// definition's <c>components.securitySchemes</c>.
/// </summary>
internal sealed class HttpApiAuthorizer
{
    private const string AuthorizerKey = "x-amazon-apigateway-authorizer";

    // Which authorizer kinds accept each property, in the reference's checking order.
    private static readonly (string Name, string Kind, string AllowedFor)[] PropertyKinds =
    [
        ("AuthorizationScopes", "JWT", "OAuth2 Authorizer"),
        ("JwtConfiguration", "JWT", "OAuth2 Authorizer"),
        ("IdentitySource", "JWT", "OAuth2 Authorizer. For Lambda Authorizer, use the 'Identity' property instead"),
        ("FunctionArn", "REQUEST", "Lambda Authorizer"),
        ("FunctionInvokeRole", "REQUEST", "Lambda Authorizer"),
        ("Identity", "REQUEST", "Lambda Authorizer"),
        ("AuthorizerPayloadFormatVersion", "REQUEST", "Lambda Authorizer"),
        ("EnableSimpleResponses", "REQUEST", "Lambda Authorizer"),
        ("EnableFunctionDefaultPermissions", "REQUEST", "Lambda Authorizer"),
    ];

    private readonly Dictionary<string, JToken?> _values = new(StringComparer.Ordinal);

    private HttpApiAuthorizer(string apiId, string name, string kind)
    {
        ApiId = apiId;
        Name = name;
        Kind = kind;
    }

    /// <summary>The API's logical id.</summary>
    public string ApiId { get; }

    /// <summary>The authorizer's name (its key in Authorizers, or <c>AWS_IAM</c>).</summary>
    public string Name { get; }

    /// <summary><c>AWS_IAM</c>, <c>JWT</c> or <c>REQUEST</c>.</summary>
    public string Kind { get; }

    public JToken? AuthorizationScopes => _values.GetValueOrDefault("AuthorizationScopes");

    public JToken? FunctionArn => _values.GetValueOrDefault("FunctionArn");

    public JToken? EnableFunctionDefaultPermissions => _values.GetValueOrDefault("EnableFunctionDefaultPermissions");

    /// <summary>The built-in IAM authorizer (EnableIamAuthorizer).</summary>
    public static HttpApiAuthorizer Iam(string apiId) => new(apiId, "AWS_IAM", "AWS_IAM");

    /// <summary>An authorizer from the API's <c>Auth.Authorizers</c>, with the reference's checks.</summary>
    public static HttpApiAuthorizer From(string apiId, string name, JObject definition)
    {
        var jwt = definition["JwtConfiguration"];
        JObject? jwtConfiguration = null;
        if (Truthiness.IsTruthy(jwt))
        {
            if (jwt is not JObject jwtMap)
            {
                throw TemplateErrors.Resource(apiId, "Property 'JwtConfiguration' should be a map.", jwt);
            }

            jwtConfiguration = [];
            foreach (var property in jwtMap.Properties())
            {
                jwtConfiguration[Templates.PythonCase.Lower(property.Name)] = property.Value.DeepClone();
            }
        }

        var authorizer = new HttpApiAuthorizer(apiId, name, jwtConfiguration is not null ? "JWT" : "REQUEST");
        foreach (var (property, _, _) in PropertyKinds)
        {
            authorizer._values[property] = definition[property] is { Type: not JTokenType.Null } value ? value : null;
        }

        authorizer._values["JwtConfiguration"] = jwtConfiguration;
        authorizer.Validate();
        return authorizer;
    }

    /// <summary>The authorizer's entry in <c>components.securitySchemes</c>; a Lambda authorizer's URI names <paramref name="partition"/>.</summary>
    public JObject OpenApi(string partition)
    {
        switch (Kind)
        {
            case "AWS_IAM":
                return new JObject
                {
                    ["type"] = "apiKey",
                    ["name"] = "Authorization",
                    ["in"] = "header",
                    ["x-amazon-apigateway-authtype"] = "awsSigv4",
                };
            case "JWT":
                return new JObject
                {
                    ["type"] = "oauth2",
                    [AuthorizerKey] = new JObject
                    {
                        ["jwtConfiguration"] = _values["JwtConfiguration"]!.DeepClone(),
                        ["identitySource"] = _values["IdentitySource"]!.DeepClone(),
                        ["type"] = "jwt",
                    },
                };
            default:
                return RequestOpenApi(partition);
        }
    }

    private JObject RequestOpenApi(string partition)
    {
        var authorizer = new JObject
        {
            ["type"] = "request",
            ["authorizerUri"] = new JObject
            {
                ["Fn::Sub"] = new JArray(
                    $"arn:{partition}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{__FunctionArn__}}/invocations",
                    new JObject { ["__FunctionArn__"] = FunctionArn!.DeepClone() }),
            },
        };
        var role = _values["FunctionInvokeRole"];
        if (Truthiness.IsTruthy(role) && !(role is JValue { Type: JTokenType.String } r && (string?)r == "NONE"))
        {
            authorizer["authorizerCredentials"] = role!.DeepClone();
        }

        if (_values["Identity"] is { } identity && Truthiness.IsTruthy(identity))
        {
            if (identity is not JObject identityMap)
            {
                throw TemplateErrors.Resource(ApiId, $"Property 'Auth.Authorizers.{Name}.Identity' should be a map.", identity);
            }

            if (identityMap["ReauthorizeEvery"] is { Type: not JTokenType.Null } ttl)
            {
                authorizer["authorizerResultTtlInSeconds"] = ttl.DeepClone();
            }

            authorizer["identitySource"] = IdentitySource(identityMap);
        }

        authorizer["authorizerPayloadFormatVersion"] = _values["AuthorizerPayloadFormatVersion"]!.DeepClone();
        if (Truthiness.IsTruthy(_values["EnableSimpleResponses"]))
        {
            authorizer["enableSimpleResponses"] = _values["EnableSimpleResponses"]!.DeepClone();
        }

        return new JObject
        {
            ["type"] = "apiKey",
            ["name"] = "Unused",
            ["in"] = "header",
            [AuthorizerKey] = authorizer,
        };
    }

    private JArray IdentitySource(JObject identity)
    {
        var sources = new JArray();
        foreach (var (prefix, property) in new[] { ("$request.header.", "Headers"), ("$request.querystring.", "QueryStrings"), ("$stageVariables.", "StageVariables"), ("$context.", "Context") })
        {
            var values = identity[property];
            if (!Truthiness.IsTruthy(values))
            {
                continue;
            }

            var path = $"Authorizers.{Name}.Identity.{property}";
            if (values is not JArray list)
            {
                throw TemplateErrors.Resource(ApiId, $"Property '{path}' should be a list.", values);
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JValue { Type: JTokenType.String })
                {
                    throw TemplateErrors.Resource(ApiId, $"Property '{path}[{i}]' should be a string.", list[i]);
                }

                sources.Add(prefix + (string)list[i]!);
            }
        }

        return sources;
    }

    private void Validate()
    {
        if (AuthorizationScopes is not null && AuthorizationScopes is not JArray)
        {
            throw TemplateErrors.Resource(ApiId, "AuthorizationScopes must be a list.", AuthorizationScopes);
        }

        foreach (var (property, kind, allowedFor) in PropertyKinds)
        {
            if (_values[property] is not null && kind != Kind)
            {
                throw TemplateErrors.Resource(ApiId, $"{property} is only supported for {allowedFor}.", _values[property]);
            }
        }

        if (Kind == "JWT" && !Truthiness.IsTruthy(_values["IdentitySource"]))
        {
            throw TemplateErrors.Resource(ApiId, $"{Name} OAuth2 Authorizer must define 'IdentitySource'.");
        }

        if (Kind == "REQUEST")
        {
            if (!Truthiness.IsTruthy(FunctionArn))
            {
                throw TemplateErrors.Resource(ApiId, $"{Name} Lambda Authorizer must define 'FunctionArn'.");
            }

            if (!Truthiness.IsTruthy(_values["AuthorizerPayloadFormatVersion"]))
            {
                throw TemplateErrors.Resource(ApiId, $"{Name} Lambda Authorizer must define 'AuthorizerPayloadFormatVersion'.");
            }
        }

        if (EnableFunctionDefaultPermissions is { } enable && enable.Type != JTokenType.Boolean)
        {
            throw TemplateErrors.Resource(ApiId, $"Property 'Authorizers.{Name}.EnableFunctionDefaultPermissions' should be a boolean.", enable);
        }
    }
}
