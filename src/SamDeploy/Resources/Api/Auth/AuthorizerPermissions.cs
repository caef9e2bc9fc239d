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

            var permission = new CfnResource(api.LogicalId + name + "AuthorizerPermission", "AWS::Lambda::Permission")
                .WithAttributes(api.Attributes.PassThroughOnly);
            permission["Action"] = "lambda:InvokeFunction";
            permission["FunctionName"] = authorizer.FunctionArn!.DeepClone();
            permission["Principal"] = "apigateway.amazonaws.com";
            permission["SourceArn"] = new JObject
            {
                ["Fn::Sub"] = new JArray(
                    $"arn:{api.Context.Partition}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{__ApiId__}}/authorizers/*",
                    new JObject { ["__ApiId__"] = new JObject { ["Ref"] = api.LogicalId } }),
            };
            yield return permission;
        }
    }
}
