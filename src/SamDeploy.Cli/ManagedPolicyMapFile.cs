using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Cli;

/// <summary>Loads the <c>--managed-policy-map</c> file: a JSON object from managed policy name to ARN.</summary>
internal static class ManagedPolicyMapFile
{
    /// <summary>Reads and checks the file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The ARNs by policy name.</returns>
    /// <exception cref="UsageException">The file cannot be read, is not JSON, or is not an object of strings.</exception>
    public static ImmutableDictionary<string, string> Load(string path)
    {
        var text = CliFiles.ReadText(path, "managed policy map");
        JToken root;
        try
        {
            root = JToken.Parse(text, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new UsageException($"The managed policy map '{path}' is not valid JSON: {e.Message}", e);
        }

        if (root is not JObject map)
        {
            throw new UsageException($"The managed policy map '{path}' must be a JSON object from policy name to ARN, like {{\"AWSLambdaBasicExecutionRole\": \"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\"}}.");
        }

        var policies = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in map.Properties())
        {
            if (property.Value.Type != JTokenType.String)
            {
                throw new UsageException($"The managed policy map '{path}' must map names to ARN strings; the value of '{property.Name}' is {property.Value.Type.ToString().ToLowerInvariant()}.");
            }

            policies[property.Name] = (string)property.Value!;
        }

        return policies.ToImmutable();
    }
}
