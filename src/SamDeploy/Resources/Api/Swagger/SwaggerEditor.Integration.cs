using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>The Lambda proxy integration of a path and method.</summary>
internal sealed partial class SwaggerEditor
{
    /// <summary>
    /// Adds an <c>aws_proxy</c> integration with <paramref name="uri"/> at the path and method (the reference's
    /// <c>add_lambda_integration</c>), with IAM credentials when AWS_IAM authorizes the method, wrapped in
    /// <paramref name="condition"/> when the function has one.
    /// </summary>
    public void AddLambdaIntegration(
        string path,
        string method,
        bool unicodePath,
        bool unicodeMethod,
        JToken uri,
        JObject methodAuth,
        JObject apiAuth,
        JToken? condition,
        JToken? invokeMode,
        string partition)
    {
        var normalized = NormalizeMethod(method);
        if (HasIntegration(path, normalized))
        {
            throw SwaggerErrors.Invalid($"Lambda integration already exists on Path={path}, Method={normalized}");
        }

        AddPath(path, normalized, unicodePath, MethodKeyIsUnicode(method, unicodeMethod));
        var conditionName = ConditionName(condition);
        var integrationUri = conditionName is not null ? MakeConditional(conditionName, uri, Py27.IsUnicode(condition)) : uri;

        foreach (var item in ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var pathItem = (JObject)item!;
            var definition = (JObject)pathItem[normalized]!;
            // Built whole and set once the IAM credentials are known (see Py27.NewDict(JProperty[])): what lies between
            // reads only the Auth maps, so the key lands where setting an empty map first put it, and no copy is
            // counted in between.
            var integration = new List<JProperty>
            {
                new("type", "aws_proxy"),
                new("httpMethod", "POST"),
                new("uri", integrationUri.DeepClone()),
            };
            if (invokeMode is JValue { Type: JTokenType.String } mode && (string?)mode == "RESPONSE_STREAM")
            {
                integration.Add(new("responseTransferMode", "STREAM"));
            }

            var usesIam = string.Equals(AsString(methodAuth["Authorizer"]), "AWS_IAM", StringComparison.Ordinal)
                || (string.Equals(AsString(apiAuth["DefaultAuthorizer"]), "AWS_IAM", StringComparison.Ordinal) && methodAuth.Count == 0);
            if (usesIam)
            {
                var methodRole = InvokeRole(methodAuth);
                var apiRole = InvokeRole(apiAuth);
                var role = Truthy(methodRole) ? methodRole : apiRole;
                JToken credentials = Truthy(role) && AsString(role) != "CALLER_CREDENTIALS" ? role!.DeepClone() : $"arn:{partition}:iam::*:user/*";
                if (AsString(credentials) != "NONE")
                {
                    integration.Add(new("credentials", credentials));
                }
            }

            Py27.Set(definition, Integration, Py27.NewDict([.. integration]));
            Py27.SetDefault(definition, "responses", Py27.NewDict());
            if (conditionName is not null)
            {
                pathItem[normalized] = MakeConditional(conditionName, definition, Py27.IsUnicode(condition));
            }
        }
    }

    /// <summary>Sets <c>timeoutInMillis</c> on the method's integration.</summary>
    public void AddTimeout(string path, string method, JToken timeout)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            Py27.Set((JObject)definition[Integration]!, "timeoutInMillis", timeout.DeepClone());
        }
    }

    /// <summary>An InvokeRole; a present but empty one means NONE.</summary>
    private static JToken? InvokeRole(JObject auth)
    {
        if (Truthy(auth["InvokeRole"]))
        {
            return auth["InvokeRole"];
        }

        return auth.ContainsKey("InvokeRole") ? new JValue("NONE") : null;
    }

    public static string? AsString(JToken? value) => value is JValue { Type: JTokenType.String } s ? (string?)s : null;
}
