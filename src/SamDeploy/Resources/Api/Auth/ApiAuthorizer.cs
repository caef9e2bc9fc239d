using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Auth;

/// <summary>
/// One authorizer of an <c>AWS::Serverless::Api</c>'s <c>Auth.Authorizers</c> (Cognito user pools, Lambda TOKEN or
/// REQUEST) or the built-in AWS_IAM one, with the reference's checks and its security definition.
/// </summary>
internal sealed class ApiAuthorizer
{
    private ApiAuthorizer(string apiId, string name, bool unicodeName)
    {
        ApiId = apiId;
        Name = name;
        UnicodeName = unicodeName;
    }

    public string ApiId { get; }

    public string Name { get; }

    public bool UnicodeName { get; }

    public JToken? UserPoolArn { get; private init; }

    public JToken? FunctionArn { get; private init; }

    public JToken? Identity { get; private init; }

    public JToken? FunctionPayloadType { get; private init; }

    public JToken? FunctionInvokeRole { get; private init; }

    public bool IsAwsIam { get; private init; }

    public JToken AuthorizationScopes { get; private init; } = new JArray();

    public JToken? DisableFunctionDefaultPermissions { get; private init; }

    /// <summary>The AWS_IAM authorizer a DefaultAuthorizer of AWS_IAM implies.</summary>
    public static ApiAuthorizer AwsIam(string apiId, bool unicodeName) => new(apiId, "AWS_IAM", unicodeName) { IsAwsIam = true };

    /// <summary>Reads and checks one authorizer definition.</summary>
    public static ApiAuthorizer Parse(string apiId, string name, bool unicodeName, JObject definition)
    {
        JToken? Get(string key) => definition[key] is { Type: not JTokenType.Null } v ? v : null;
        var payloadType = Get("FunctionPayloadType");
        var scopes = Get("AuthorizationScopes");
        var authorizer = new ApiAuthorizer(apiId, name, unicodeName)
        {
            UserPoolArn = Get("UserPoolArn"),
            FunctionArn = Get("FunctionArn"),
            Identity = Get("Identity"),
            FunctionPayloadType = payloadType,
            FunctionInvokeRole = Get("FunctionInvokeRole"),
            AuthorizationScopes = scopes ?? new JArray(),
            DisableFunctionDefaultPermissions = Get("DisableFunctionDefaultPermissions"),
        };

        var payload = payloadType is JValue { Type: JTokenType.String } p ? (string?)p : null;
        if (payloadType is not null && payload is not ("TOKEN" or "REQUEST"))
        {
            throw TemplateErrors.Resource(apiId, $"{name} Authorizer has invalid 'FunctionPayloadType': {PythonStr.Format(payloadType)}.", payloadType);
        }

        if (payload == "REQUEST" && authorizer.IsMissingIdentitySource())
        {
            throw TemplateErrors.Resource(apiId, $"{name} Authorizer must specify Identity with at least one of Headers, QueryStrings, StageVariables, or Context.", definition);
        }

        if (scopes is not null && scopes is not JArray)
        {
            throw TemplateErrors.Resource(apiId, $"Property 'Authorizers.{name}.AuthorizationScopes' should be a list.", scopes);
        }

        if (authorizer.DisableFunctionDefaultPermissions is { } disable && disable.Type != JTokenType.Boolean)
        {
            throw TemplateErrors.Resource(apiId, $"Property 'Authorizers.{name}.DisableFunctionDefaultPermissions' should be a boolean.", disable);
        }

        return authorizer;
    }

    /// <summary>COGNITO_USER_POOLS, LAMBDA or AWS_IAM.</summary>
    public string Kind => IsAwsIam ? "AWS_IAM" : Transform.Truthiness.IsTruthy(UserPoolArn) ? "COGNITO_USER_POOLS" : "LAMBDA";

    private string PayloadType => Transform.Truthiness.IsTruthy(FunctionPayloadType) ? (string)FunctionPayloadType! : "TOKEN";

    /// <summary>The authorizer's entry in <c>securityDefinitions</c>.</summary>
    public JObject ToSwagger(string partition)
    {
        var swagger = Py27.NewDict();
        Py27.Set(swagger, "type", "apiKey");
        Py27.Set(swagger, "name", HeaderName());
        Py27.Set(swagger, "in", "header");
        Py27.Set(swagger, "x-amazon-apigateway-authtype", Kind switch
        {
            "AWS_IAM" => "awsSigv4",
            "COGNITO_USER_POOLS" => "cognito_user_pools",
            _ => "custom",
        });

        JObject? authorizer = null;
        if (Kind == "COGNITO_USER_POOLS")
        {
            authorizer = Py27.NewDict();
            Py27.Set(authorizer, "type", "cognito_user_pools");
            Py27.Set(authorizer, "providerARNs", UserPoolArn is JArray list ? list.DeepClone() : new JArray(UserPoolArn!.DeepClone()));
            Py27.Set(swagger, "x-amazon-apigateway-authorizer", authorizer);
        }
        else if (Kind == "LAMBDA")
        {
            authorizer = Py27.NewDict();
            Py27.Set(authorizer, "type", PayloadType == "REQUEST" ? "request" : "token");
            Py27.Set(swagger, "x-amazon-apigateway-authorizer", authorizer);
            var uri = new JObject
            {
                ["Fn::Sub"] = new JArray(
                    $"arn:{partition}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{__FunctionArn__}}/invocations",
                    new JObject { ["__FunctionArn__"] = FunctionArn?.DeepClone() }),
            };
            Py27.Set(authorizer, "authorizerUri", uri);
            if ((Identity as JObject)?["ReauthorizeEvery"] is { Type: not JTokenType.Null } ttl)
            {
                Py27.Set(authorizer, "authorizerResultTtlInSeconds", ttl.DeepClone());
            }

            if (Transform.Truthiness.IsTruthy(FunctionInvokeRole) && !(FunctionInvokeRole is JValue { Type: JTokenType.String } r && (string?)r == "NONE"))
            {
                Py27.Set(authorizer, "authorizerCredentials", FunctionInvokeRole!.DeepClone());
            }

            if (PayloadType == "REQUEST" && IdentitySource() is { Length: > 0 } source)
            {
                Py27.Set(authorizer, "identitySource", Py27.Str(source.Text, source.Unicode));
            }
        }

        var isLambdaToken = Kind == "LAMBDA" && PayloadType == "TOKEN";
        if ((Kind == "COGNITO_USER_POOLS" || isLambdaToken) && (Identity as JObject)?["ValidationExpression"] is { } expression && Transform.Truthiness.IsTruthy(expression))
        {
            Py27.Set(authorizer!, "identityValidationExpression", expression.DeepClone());
        }

        return swagger;
    }

    private JToken HeaderName()
    {
        if (Kind == "LAMBDA" && PayloadType == "REQUEST")
        {
            return "Unused";
        }

        if (Transform.Truthiness.IsTruthy(Identity) && Identity is not JObject)
        {
            throw TemplateErrors.Resource(ApiId, "Auth.Authorizers.<Authorizer>.Identity must be a dict (LambdaTokenAuthorizationIdentity, LambdaRequestAuthorizationIdentity or CognitoAuthorizationIdentity).", Identity);
        }

        var header = (Identity as JObject)?["Header"];
        return Transform.Truthiness.IsTruthy(header) ? header!.DeepClone() : "Authorization";
    }

    private bool IsMissingIdentitySource()
    {
        if (!Transform.Truthiness.IsTruthy(Identity))
        {
            return true;
        }

        if (Identity is not JObject identity)
        {
            throw TemplateErrors.Resource(ApiId, $"Property 'Authorizer.{Name}.Identity' should be a map.", Identity);
        }

        var missing = !Transform.Truthiness.IsTruthy(identity["Headers"]) && !Transform.Truthiness.IsTruthy(identity["QueryStrings"])
            && !Transform.Truthiness.IsTruthy(identity["StageVariables"]) && !Transform.Truthiness.IsTruthy(identity["Context"]);
        var ttl = identity["ReauthorizeEvery"];
        if (ttl is null || ttl.Type == JTokenType.Null)
        {
            return missing;
        }

        long? ttlValue = ttl.Type switch
        {
            JTokenType.Integer => (long)ttl,
            JTokenType.Boolean => (bool)ttl ? 1 : 0,
            JTokenType.Float => (long)(double)ttl,
            JTokenType.String when long.TryParse(((string)ttl!).Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        return ttlValue is null ? missing : ttlValue > 0 && missing;
    }

    private (string Text, bool Unicode, int Length)? IdentitySourceCore()
    {
        var identity = Identity as JObject;
        var parts = new List<(string Text, bool Unicode)>();
        (string Key, string Prefix)[] pairs =
        [
            ("Headers", "method.request.header."),
            ("QueryStrings", "method.request.querystring."),
            ("StageVariables", "stageVariables."),
            ("Context", "context."),
        ];
        foreach (var (key, prefix) in pairs)
        {
            var values = identity?[key];
            if (!Transform.Truthiness.IsTruthy(values))
            {
                continue;
            }

            var path = $"Auth.Authorizers.{Name}.Identity.{key}";
            if (values is not JArray list)
            {
                throw TemplateErrors.Resource(ApiId, $"Property '{path}' should be a list.", values);
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JValue { Type: JTokenType.String } item)
                {
                    throw TemplateErrors.Resource(ApiId, $"Property '{path}[{i}]' should be a string.", list[i]);
                }

                parts.Add((prefix + (string)item!, Py27.IsUnicode(item)));
            }
        }

        var text = string.Join(", ", parts.Select(p => p.Text));
        return (text, parts.Any(p => p.Unicode), text.Length);
    }

    private (string Text, bool Unicode, int Length)? IdentitySource() => IdentitySourceCore();
}
