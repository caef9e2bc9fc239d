using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// The SourceAccessConfigurations check of Amazon MQ and DocumentDB events: every entry a map with a supported string
/// Type, and exactly one entry of the required type with a URI, the secret the role may read.
/// </summary>
internal static class BasicAuthSecret
{
    /// <summary>The URI of the one entry of <paramref name="requiredType"/>, after checking every entry.</summary>
    public static JToken Find(FunctionEvent evt, string sourceName, IReadOnlyList<string> supportedTypes, string requiredType)
    {
        var configurations = evt["SourceAccessConfigurations"];
        if (Truthiness.IsFalsy(configurations))
        {
            throw PullErrors.Event(evt, $"No SourceAccessConfigurations for Amazon {sourceName} event provided.");
        }

        if (configurations is not JArray list)
        {
            throw PullErrors.Event(evt, "Provided SourceAccessConfigurations cannot be parsed into a list.", configurations);
        }

        JToken? uri = null;
        for (var index = 0; index < list.Count; index++)
        {
            var path = $"SourceAccessConfigurations[{index}]";
            if (list[index] is not JObject configuration)
            {
                throw PullErrors.Event(evt, PullErrors.ShouldBe(path, "map"), list[index]);
            }

            if (configuration["Type"] is not JValue { Type: JTokenType.String } typeValue)
            {
                throw PullErrors.Event(evt, PullErrors.ShouldBe(path + ".Type", "string"), configuration);
            }

            var type = (string)typeValue!;
            if (!supportedTypes.Contains(type, StringComparer.Ordinal))
            {
                var shown = "[" + string.Join(", ", supportedTypes.Select(t => "'" + t + "'")) + "]";
                throw PullErrors.Event(evt, $"Invalid property Type specified in SourceAccessConfigurations. The supported values are: {shown}.", typeValue);
            }

            if (type == requiredType)
            {
                if (Truthiness.IsTruthy(uri))
                {
                    throw PullErrors.Event(evt, $"Multiple {requiredType} properties specified in SourceAccessConfigurations.", configuration);
                }

                uri = configuration["URI"];
                if (Truthiness.IsFalsy(uri))
                {
                    throw PullErrors.Event(evt, $"No {requiredType} URI property specified in SourceAccessConfigurations.", configuration);
                }
            }
        }

        return Truthiness.IsTruthy(uri)
            ? uri!.DeepClone()
            : throw PullErrors.Event(evt, $"No {requiredType} property specified in SourceAccessConfigurations.", configurations);
    }
}
