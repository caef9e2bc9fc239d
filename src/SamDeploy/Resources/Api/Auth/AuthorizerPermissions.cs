using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Auth;

/// <summary>The Lambda permissions that let API Gateway call each Lambda authorizer's function.</summary>
internal static class AuthorizerPermissions
{
    public static IEnumerable<CfnResource> Build(ApiScope api)
    {
        if (api["Auth"] is not JObject auth || !Truthiness.IsTruthy(auth))
        {
            yield break;
        }

        var authorizers = ApiAuth.Authorizers(api, auth["Authorizers"], defaultAuthorizer: null);
        if (authorizers is null)
        {
            yield break;
        }

        var order = Py27KeyOrder.FromInserts(authorizers.Select(a => a.Name)).Keys;
        foreach (var name in order)
        {
            var authorizer = authorizers.First(a => a.Name == name);
            if (!Truthiness.IsTruthy(authorizer.FunctionArn) || Truthiness.IsTruthy(authorizer.DisableFunctionDefaultPermissions))
            {
                continue;
            }

            yield return ForAuthorizer(api.LogicalId + name, api.Attributes.PassThroughOnly, authorizer.FunctionArn!, api.Context.Partition, api.LogicalId);
        }
    }

    /// <summary>
    /// The permission (<c>&lt;Api&gt;&lt;Authorizer&gt;AuthorizerPermission</c>) letting API Gateway call an authorizer's
    /// function from any authorizer of the API; the REST and HTTP APIs differ only in how they write the partition.
    /// </summary>
    /// <param name="apiAndAuthorizer">The API's logical id followed by the authorizer's name.</param>
    /// <param name="attributes">The resource attributes the permission inherits.</param>
    /// <param name="functionArn">The authorizer's FunctionArn.</param>
    /// <param name="partition">The partition as the SourceArn spells it (a name, or <c>${AWS::Partition}</c>).</param>
    /// <param name="apiId">The logical id of the API resource <c>__ApiId__</c> refers to.</param>
    public static CfnResource ForAuthorizer(string apiAndAuthorizer, IEnumerable<KeyValuePair<string, JToken>> attributes, JToken functionArn, string partition, string apiId)
    {
        var permission = new CfnResource(apiAndAuthorizer + "AuthorizerPermission", "AWS::Lambda::Permission").WithAttributes(attributes);
        permission["Action"] = "lambda:InvokeFunction";
        permission["FunctionName"] = functionArn.DeepClone();
        permission["Principal"] = "apigateway.amazonaws.com";
        permission["SourceArn"] = new JObject
        {
            ["Fn::Sub"] = new JArray(
                $"arn:{partition}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{__ApiId__}}/authorizers/*",
                new JObject { ["__ApiId__"] = new JObject { ["Ref"] = apiId } }),
        };
        return permission;
    }
}
