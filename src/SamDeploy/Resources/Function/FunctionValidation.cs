using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Function;

/// <summary>The reference's checks on a function before it is transformed, with its messages.</summary>
internal static class FunctionValidation
{
    private static readonly (string[] Properties, bool Exclusive)[] Rules =
    [
        (["CapacityProviderConfig", "ProvisionedConcurrencyConfig"], true),
        (["CapacityProviderConfig", "VpcConfig"], true),
        (["FunctionScalingConfig", "CapacityProviderConfig"], false),
        (["VersionDeletionPolicy", "AutoPublishAlias"], false),
    ];

    public static void BeforeTransform(FunctionScope function)
    {
        var messages = new List<string>();
        foreach (var (properties, exclusive) in Rules)
        {
            var present = properties.Where(p => function[p] is not null).ToList();
            if (exclusive && present.Count > 1)
            {
                var names = present.Select(p => "'" + p + "'").ToList();
                messages.Add("Cannot specify " + string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] + " together.");
            }
            else if (!exclusive && function[properties[0]] is not null && function[properties[1]] is null)
            {
                messages.Add($"'{properties[0]}' requires '{properties[1]}'.");
            }
        }

        if (messages.Count > 0)
        {
            throw function.Error(string.Join("\n", messages));
        }

        if (function.Has("DeadLetterQueue"))
        {
            ValidateDeadLetterQueue(function);
        }

        ValidateTenancy(function);
    }

    private static void ValidateDeadLetterQueue(FunctionScope function)
    {
        var dlq = (JObject)function["DeadLetterQueue"]!;
        var type = dlq["Type"];
        if (Transform.Truthiness.IsFalsy(type) || Transform.Truthiness.IsFalsy(dlq["TargetArn"]))
        {
            throw function.Error("'DeadLetterQueue' requires Type and TargetArn properties to be specified.", "DeadLetterQueue");
        }

        if (type is not JValue { Type: JTokenType.String })
        {
            throw function.Error("Property 'DeadLetterQueue.Type' should be a string.", "DeadLetterQueue");
        }

        if ((string?)type is not ("SQS" or "SNS"))
        {
            throw function.Error("'DeadLetterQueue' requires Type of ['SQS', 'SNS']", "DeadLetterQueue");
        }
    }

    private static void ValidateTenancy(FunctionScope function)
    {
        if (!function.Has("TenancyConfig"))
        {
            return;
        }

        if (function.Has("ProvisionedConcurrencyConfig"))
        {
            throw function.Error("Provisioned concurrency is not supported for functions enabled with tenancy configuration.", "ProvisionedConcurrencyConfig");
        }

        if (function.Has("FunctionUrlConfig"))
        {
            throw function.Error("Function URL is not supported for functions enabled with tenancy configuration.", "FunctionUrlConfig");
        }

        if (function.Has("SnapStart"))
        {
            throw function.Error("SnapStart is not supported for functions enabled with tenancy configuration.", "SnapStart");
        }

        if (function["Events"] is JObject events)
        {
            // In Python 2.7 order when the template has a REST API, as the reference walks them (see FunctionEvents).
            foreach (var property in Py27.Properties(events))
            {
                var type = property.Value["Type"];
                if (!(type is JValue { Type: JTokenType.String } t && (string?)t is "Api" or "HttpApi"))
                {
                    throw function.Error(
                        $"Event source '{PythonStr.Format(type)}' is not supported for functions enabled with tenancy configuration. Only Api and HttpApi event sources are supported.",
                        "Events");
                }
            }
        }
    }
}
