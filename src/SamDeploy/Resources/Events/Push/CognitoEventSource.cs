using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Push;

/// <summary>
/// <c>Cognito</c>: the permission for Cognito, and the template's user pool (<c>UserPool: !Ref X</c>) re-emitted
/// with the function set as the Lambda trigger of each <c>Trigger</c>. A trigger may be set only once per pool.
/// </summary>
internal sealed class CognitoEventSource : IEventSource
{
    /// <summary>The properties of <c>AWS::Cognito::UserPool</c> the reference accepts.</summary>
    internal static readonly string[] UserPoolProperties =
    [
        "AccountRecoverySetting", "AdminCreateUserConfig", "AliasAttributes", "AutoVerifiedAttributes", "DeletionProtection",
        "DeviceConfiguration", "EmailAuthenticationMessage", "EmailAuthenticationSubject", "EmailConfiguration",
        "EmailVerificationMessage", "EmailVerificationSubject", "EnabledMfas", "LambdaConfig", "MfaConfiguration", "Policies",
        "Schema", "SmsAuthenticationMessage", "SmsConfiguration", "SmsVerificationMessage", "UserAttributeUpdateSettings",
        "UsernameAttributes", "UsernameConfiguration", "UserPoolAddOns", "UserPoolName", "UserPoolTags", "UserPoolTier",
        "VerificationMessageTemplate", "WebAuthnRelyingPartyID", "WebAuthnUserVerification",
    ];

    public string Type => "Cognito";

    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("UserPool").AsRequired(),
        PropertySpec.Generic("Trigger", v => ValueChecks.IsString(v) || ValueChecks.IsListOf(v, ValueChecks.IsString), supportsIntrinsics: false).AsRequired(),
    ];

    public void Link(FunctionEvent evt)
    {
        if (evt["UserPool"] is JObject pool && pool.ContainsKey("Ref"))
        {
            if (pool["Ref"] is not JValue { Type: JTokenType.String } id)
            {
                throw PushErrors.ByLogicalId(evt, "Ref in Userpool is not a string.", pool);
            }

            if (evt.Context.Resources.ContainsKey((string)id!))
            {
                evt.Linked = (string)id!;
                return;
            }
        }

        throw evt.Error("Cognito events must reference a Cognito UserPool in the same template.");
    }

    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var poolId = (string)evt.Linked!;
        var pool = evt.Context.Resources[poolId] as JObject
            ?? throw PushErrors.Linked(poolId, "Resource dict missing key 'Type'.", evt.Context.Resources[poolId]);
        var permission = new LambdaPermissionBuilder(evt, "cognito-idp.amazonaws.com")
        {
            SourceArn = Fn.GetAtt(poolId, "Arn"),
            Prefix = evt.Target.LogicalId + "Cognito",
        }.Build();

        AddTriggers(evt, pool, poolId);
        return [permission, LinkedResourceCopy.From(poolId, pool, "AWS::Cognito::UserPool", UserPoolProperties, supportsTags: false)];
    }

    private static void AddTriggers(FunctionEvent evt, JObject pool, string poolId)
    {
        var trigger = evt["Trigger"]!;
        var triggers = trigger is JArray list ? list.Select(t => (string)t!).ToList() : [(string)trigger!];
        if (pool["Properties"] is null || pool["Properties"]!.Type == JTokenType.Null)
        {
            pool["Properties"] = new JObject();
        }

        if (pool["Properties"] is not JObject properties)
        {
            throw PushErrors.Linked(poolId, SamDeploy.Transform.TemplateErrors.PropertiesNotAnObject, pool["Properties"]);
        }

        if (properties["LambdaConfig"] is null || properties["LambdaConfig"]!.Type == JTokenType.Null)
        {
            properties["LambdaConfig"] = new JObject();
        }

        if (properties["LambdaConfig"] is not JObject config)
        {
            throw PushErrors.Linked(poolId, "Property 'LambdaConfig' should be a map.", properties["LambdaConfig"]);
        }

        foreach (var name in triggers)
        {
            if (config.ContainsKey(name))
            {
                throw evt.Error($"Cognito trigger \"{PythonStr.Format(trigger)}\" defined multiple times.");
            }

            config[name] = InvokeTarget.Arn(evt);
        }
    }
}
