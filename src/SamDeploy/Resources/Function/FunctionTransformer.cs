using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>
/// Transforms <c>AWS::Serverless::Function</c>: the Lambda function, its execution role, and with AutoPublishAlias a
/// content-hashed version and an alias (with the CodeDeploy UpdatePolicy when a DeploymentPreference is enabled),
/// plus FunctionUrlConfig and EventInvokeConfig resources, exactly as the reference transform does.
/// </summary>
internal sealed class FunctionTransformer : IResourceTransformer
{
    // The properties a function's generated resources can be named by (MyFunction.Alias), and their resource types.
    private static readonly string[] ReferableProperties = ["Alias", "Version", "DestinationTopic", "DestinationQueue"];
    private static readonly string[] ReferableTypes = ["AWS::Lambda::Alias", "AWS::Lambda::Version", "AWS::SNS::Topic", "AWS::SQS::Queue"];

    /// <inheritdoc />
    public string ResourceType => "AWS::Serverless::Function";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var function = new FunctionScope(resource, context);
        PropertySpec.RejectUnknown(function.LogicalId, ResourceType, function.Properties, FunctionPropertySpecs.All);
        PropertySpec.Validate(function.LogicalId, function.Properties, FunctionPropertySpecs.All);
        var events = Events.FunctionEvents.Prepare(function);
        FunctionValidation.BeforeTransform(function);

        var resources = new List<CfnResource>();
        var lambda = LambdaFunctionBuilder.Build(function);
        resources.Add(lambda);
        if (function.Has("ProvisionedConcurrencyConfig") && !function.Has("AutoPublishAlias"))
        {
            throw function.Error("To set ProvisionedConcurrencyConfig AutoPublishALias must be defined on the function", "ProvisionedConcurrencyConfig");
        }

        CfnResource? alias = null;
        var aliasName = string.Empty;
        if (function.Has("AutoPublishAlias"))
        {
            aliasName = ResolvedString(function, "AutoPublishAlias", "'AutoPublishAlias' must be a string or a Ref to a template parameter");
            string? codeSha256 = null;
            if (function.Has("AutoPublishCodeSha256"))
            {
                codeSha256 = ResolvedString(function, "AutoPublishCodeSha256", "AutoPublishCodeSha256 must be a string");
                AppendShaToDescription(function, lambda, codeSha256);
            }

            var version = FunctionVersionBuilder.Build(function, lambda, codeSha256);
            alias = FunctionAliasBuilder.Build(function, aliasName, version);
            resources.Add(version);
            resources.Add(alias);
        }

        if (function.Has("FunctionUrlConfig"))
        {
            resources.AddRange(FunctionUrlBuilder.Build(function, alias));
        }

        FunctionDeploymentPreference.Apply(function, alias);

        var eventInvokePolicies = new List<JToken>();
        if (function.Has("EventInvokeConfig"))
        {
            var (invokeResources, policies) = EventInvokeConfigBuilder.Build(function, aliasName, alias);
            resources.AddRange(invokeResources);
            eventInvokePolicies = policies;
        }

        var role = FunctionRole.Build(function, eventInvokePolicies);
        if (FunctionRole.Attach(function, lambda, role))
        {
            resources.Add(role);
        }

        resources.AddRange(Events.FunctionEvents.Generate(events, lambda, alias, role));

        PropagateTags(function, resources);
        RecordReferences(function, resources);
        return CfnResource.ToJsonAll(resources);
    }

    private static string ResolvedString(FunctionScope function, string property, string error)
    {
        var resolved = function.Parameters.ResolveCopy(function[property]);
        return resolved is JValue { Type: JTokenType.String } text ? (string)text! : throw function.Error(error, property);
    }

    /// <summary>Lambda publishes no new version for unchanged configuration, so the reference appends the code hash to the Description.</summary>
    private static void AppendShaToDescription(FunctionScope function, CfnResource lambda, string codeSha256)
    {
        var description = function.Parameters.ResolveCopy(function["Description"]);
        if (Truthiness.IsFalsy(description))
        {
            lambda["Description"] = codeSha256;
        }
        else if (description is JValue { Type: JTokenType.String } text)
        {
            lambda["Description"] = (string)text! + " " + codeSha256;
        }
        else
        {
            lambda["Description"] = new JObject { ["Fn::Join"] = new JArray(" ", new JArray(description!, codeSha256)) };
        }
    }

    private static void PropagateTags(FunctionScope function, List<CfnResource> resources)
    {
        if (!(function["PropagateTags"] is JValue { Type: JTokenType.Boolean } propagate && (bool)propagate)
            || function["Tags"] is not JObject { Count: > 0 } tags)
        {
            return;
        }

        foreach (var resource in resources.Where(r => r.SupportsTags))
        {
            resource["Tags"] = TagList.From(tags);
        }
    }

    private static void RecordReferences(FunctionScope function, List<CfnResource> resources)
    {
        var references = function.Context.State<ResourceReferences>();
        for (var i = 0; i < ReferableProperties.Length; i++)
        {
            if (LastOfType(resources, ReferableTypes[i]) is { } generated)
            {
                references.Add(function.LogicalId, ReferableProperties[i], generated.LogicalId);
            }
        }
    }

    /// <summary>The last of the generated resources of a type, or null (a loop: a lambda here was an allocation per function and type).</summary>
    private static CfnResource? LastOfType(List<CfnResource> resources, string type)
    {
        for (var i = resources.Count - 1; i >= 0; i--)
        {
            if (resources[i].Type == type)
            {
                return resources[i];
            }
        }

        return null;
    }
}
