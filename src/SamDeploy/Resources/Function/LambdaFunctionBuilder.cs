using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>Builds the <c>AWS::Lambda::Function</c> of a SAM function, property by property as the reference maps them.</summary>
internal static class LambdaFunctionBuilder
{
    private static readonly string[] ReservedTags = ["lambda:createdBy", "serverlessrepo:applicationId", "serverlessrepo:semanticVersion"];

    public static CfnResource Build(FunctionScope function)
    {
        // 26 names always, 31 at most (with DeadLetterConfig, FunctionName, TracingConfig and the capacity provider's two).
        var lambda = new CfnResource(function.LogicalId, "AWS::Lambda::Function", supportsTags: true, propertyCapacity: 32)
        {
            DependsOn = function.Definition["DependsOn"],
        }.WithAttributes(function.Attributes.All);

        lambda["Code"] = CodeLocation.CodeFor(function);
        lambda["PackageType"] = function["PackageType"];
        if (function.Has("DeadLetterQueue"))
        {
            lambda["DeadLetterConfig"] = new JObject { ["TargetArn"] = function["DeadLetterQueue"]!["TargetArn"] };
        }

        lambda["Description"] = function["Description"];
        if (function.Has("FunctionName"))
        {
            lambda["FunctionName"] = function["FunctionName"];
        }

        lambda["Handler"] = function["Handler"];
        lambda["MemorySize"] = function["MemorySize"];
        lambda["Role"] = function["Role"];
        lambda["Runtime"] = function["Runtime"];
        lambda["Timeout"] = function["Timeout"];
        lambda["VpcConfig"] = function["VpcConfig"];
        lambda["Environment"] = function["Environment"];
        lambda["Tags"] = SamTags(function);
        if (function.Has("Tracing") && function["Tracing"] is { } tracing && function.Parameters.ResolveCopy(tracing) is { } resolved && !IsDisabled(resolved))
        {
            // The reference resolves parameters in Tracing in place and writes the value it started from: what sits
            // inside it comes out resolved (a Ref in an Fn::If, the text of an Fn::Sub), but a Ref that is the whole
            // value is replaced only in the copy it checks for Disabled, so it stays as written.
            var wholeRef = tracing is JObject { Count: 1 } map && map.ContainsKey("Ref");
            lambda["TracingConfig"] = new JObject { ["Mode"] = wholeRef ? tracing : resolved };
        }

        lambda["KmsKeyArn"] = function["KmsKeyArn"];
        lambda["Layers"] = function["Layers"];
        lambda["ReservedConcurrentExecutions"] = function["ReservedConcurrentExecutions"];
        lambda["FileSystemConfigs"] = function["FileSystemConfigs"];
        lambda["CodeSigningConfigArn"] = function["CodeSigningConfigArn"];
        lambda["ImageConfig"] = function["ImageConfig"];
        lambda["Architectures"] = function["Architectures"];
        lambda["SnapStart"] = function["SnapStart"];
        lambda["EphemeralStorage"] = function["EphemeralStorage"];
        lambda["RuntimeManagementConfig"] = function["RuntimeManagementConfig"];
        lambda["LoggingConfig"] = function["LoggingConfig"];
        lambda["RecursiveLoop"] = function["RecursiveLoop"];
        if (function.Has("CapacityProviderConfig"))
        {
            lambda["CapacityProviderConfig"] = CapacityProvider(function);
        }

        if (function.Has("FunctionScalingConfig"))
        {
            lambda["FunctionScalingConfig"] = function["FunctionScalingConfig"];
        }

        lambda["PublishToLatestPublished"] = function["PublishToLatestPublished"];
        lambda["TenancyConfig"] = function["TenancyConfig"];
        lambda["DurableConfig"] = function["DurableConfig"];
        ValidatePackageType(function, lambda);
        return lambda;
    }

    /// <summary>The function's tag list: the SAM tag first, then the user's tags.</summary>
    public static JArray SamTags(FunctionScope function)
    {
        var tags = function["Tags"] as JObject;
        foreach (var reserved in ReservedTags)
        {
            if (tags is not null && tags.ContainsKey(reserved))
            {
                throw function.Error($"{reserved} is a reserved Tag key name and cannot be set on your resource. Please change the tag key in the input.", "Tags");
            }
        }

        var list = TagList.From(new JObject { [TagList.SamTagKey] = TagList.SamTagValue });
        foreach (var tag in TagList.From(tags))
        {
            list.Add(tag);
        }

        return list;
    }

    private static bool IsDisabled(JToken? tracing) => tracing is JValue { Type: JTokenType.String } mode && (string?)mode == "Disabled";

    private static JObject CapacityProvider(FunctionScope function)
    {
        var config = (JObject)function["CapacityProviderConfig"]!;
        if (config["Arn"] is null or { Type: JTokenType.Null })
        {
            throw function.Error("Invalid CapacityProviderConfig: 1 validation error for CapacityProviderConfig\nArn\n  field required (type=value_error.missing)", "CapacityProviderConfig");
        }

        var managed = new JObject { ["CapacityProviderArn"] = config["Arn"] };
        foreach (var name in new[] { "PerExecutionEnvironmentMaxConcurrency", "ExecutionEnvironmentMemoryGiBPerVCpu" })
        {
            if (config[name] is { Type: not JTokenType.Null } value)
            {
                managed[name] = value;
            }
        }

        return new JObject { ["LambdaManagedInstancesCapacityProviderConfig"] = managed };
    }

    private static void ValidatePackageType(FunctionScope function, CfnResource lambda)
    {
        var packageType = lambda["PackageType"] is { } type && Truthiness.IsTruthy(type) ? type : new JValue(CodeLocation.Zip);
        var name = packageType is JValue { Type: JTokenType.String } text ? (string?)text : null;
        if (name is not (CodeLocation.Zip or CodeLocation.Image))
        {
            throw function.Error($"PackageType needs to be `{CodeLocation.Zip}` or `{CodeLocation.Image}`", "PackageType");
        }

        var code = (JObject)lambda["Code"]!;
        if (name == CodeLocation.Zip)
        {
            if (Truthiness.IsFalsy(lambda["Runtime"]) || Truthiness.IsFalsy(lambda["Handler"]))
            {
                throw function.Error($"Runtime and Handler needs to be present when PackageType is of type `{CodeLocation.Zip}`");
            }

            if (Truthiness.IsTruthy(code["ImageUri"]) || Truthiness.IsTruthy(lambda["ImageConfig"]))
            {
                throw function.Error($"ImageUri or ImageConfig cannot be present when PackageType is of type `{CodeLocation.Zip}`");
            }

            return;
        }

        if (Truthiness.IsTruthy(lambda["Handler"]) || Truthiness.IsTruthy(lambda["Runtime"]) || Truthiness.IsTruthy(lambda["Layers"]))
        {
            throw function.Error($"Runtime, Handler, Layers cannot be present when PackageType is of type `{CodeLocation.Image}`");
        }

        if (Truthiness.IsFalsy(code["ImageUri"]))
        {
            throw function.Error($"ImageUri needs to be present when PackageType is of type `{CodeLocation.Image}`", "ImageUri");
        }
    }
}
