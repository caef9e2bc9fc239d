using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Function;

/// <summary>Builds the <c>AWS::Lambda::Url</c> of FunctionUrlConfig and, for public URLs, its two permissions; targets the alias when there is one.</summary>
internal static class FunctionUrlBuilder
{
    private static readonly (string Name, JTokenType[] Types, string TypeName)[] CorsProperties =
    [
        ("AllowOrigins", [JTokenType.Array], "list"),
        ("AllowMethods", [JTokenType.Array], "list"),
        ("AllowCredentials", [JTokenType.Boolean], "bool"),
        ("AllowHeaders", [JTokenType.Array], "list"),
        ("ExposeHeaders", [JTokenType.Array], "list"),
        ("MaxAge", [JTokenType.Integer, JTokenType.Boolean], "int"),
    ];

    public static IEnumerable<CfnResource> Build(FunctionScope function, CfnResource? alias)
    {
        var config = (JObject)function["FunctionUrlConfig"]!;
        Validate(function, config);
        var target = alias is not null ? Fn.Ref(alias.LogicalId) : Fn.Ref(function.LogicalId);

        var url = new CfnResource(function.LogicalId + "Url", "AWS::Lambda::Url").WithAttributes(function.Attributes.PassThroughOnly);
        url["TargetFunctionArn"] = target;
        url["AuthType"] = config["AuthType"];
        if (Transform.Truthiness.IsTruthy(config["Cors"]))
        {
            url["Cors"] = config["Cors"];
        }

        url["InvokeMode"] = config["InvokeMode"];
        yield return url;

        if (Fn.IsIntrinsic(config) || !(config["AuthType"] is JValue { Type: JTokenType.String } auth && (string?)auth == "NONE"))
        {
            yield break;
        }

        var publicPermission = new CfnResource(function.LogicalId + "UrlPublicPermissions", "AWS::Lambda::Permission").WithAttributes(function.Attributes.PassThroughOnly);
        publicPermission["Action"] = "lambda:InvokeFunctionUrl";
        publicPermission["FunctionName"] = target.DeepClone();
        publicPermission["Principal"] = "*";
        publicPermission["FunctionUrlAuthType"] = "NONE";
        yield return publicPermission;

        var invokePermission = new CfnResource(function.LogicalId + "URLInvokeAllowPublicAccess", "AWS::Lambda::Permission").WithAttributes(function.Attributes.PassThroughOnly);
        invokePermission["Action"] = "lambda:InvokeFunction";
        invokePermission["FunctionName"] = target.DeepClone();
        invokePermission["Principal"] = "*";
        invokePermission["InvokedViaFunctionUrl"] = true;
        yield return invokePermission;
    }

    private static void Validate(FunctionScope function, JObject config)
    {
        if (Fn.IsIntrinsic(config))
        {
            return;
        }

        var authType = config["AuthType"];
        if (!(Transform.Truthiness.IsTruthy(authType) && Fn.IsIntrinsic(authType))
            && !(authType is JValue { Type: JTokenType.String } text && (string?)text is "AWS_IAM" or "NONE"))
        {
            throw function.Error("AuthType is required to configure function property `FunctionUrlConfig`. Please provide either AWS_IAM or NONE.", "FunctionUrlConfig");
        }

        var cors = config["Cors"];
        if (Transform.Truthiness.IsFalsy(cors) || Fn.IsIntrinsic(cors))
        {
            return;
        }

        if (cors is not JObject corsMap)
        {
            throw function.Error("Property 'FunctionUrlConfig.Cors' should be a map.", "FunctionUrlConfig");
        }

        foreach (var property in corsMap.Properties())
        {
            var spec = CorsProperties.FirstOrDefault(c => c.Name == property.Name);
            if (spec.Name is null)
            {
                throw function.Error($"{property.Name} is not a valid property for configuring Cors.", "FunctionUrlConfig");
            }

            if (!Fn.IsIntrinsic(property.Value) && !spec.Types.Contains(property.Value.Type))
            {
                throw function.Error($"{property.Name} must be of type {spec.TypeName}.", "FunctionUrlConfig");
            }
        }
    }
}
