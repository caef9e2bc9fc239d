using System.Reflection;

namespace SamDeploy.Resources.Iam;

/// <summary>
/// Resolves an AWS managed policy name (for example <c>AmazonS3FullAccess</c>) to its ARN the way the reference
/// does: first the map of AWS managed policies bundled with the transform for the partition, then a name that is
/// already an ARN as it is, then the caller's map (<see cref="Transform.TransformOptions.ManagedPolicyMap"/>),
/// else the name as written. Never calls AWS. The maps are plain hash tables: a frozen one of some thousand names costs
/// more to build, in every process that resolves a policy, than its look-ups save.
/// </summary>
internal static class ManagedPolicyResolver
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Bundled = new(Load);

    public static string Resolve(string name, string partition, IReadOnlyDictionary<string, string> callerMap)
    {
        if (Bundled.Value.TryGetValue(partition, out var map) && map.TryGetValue(name, out var path))
        {
            return $"arn:{partition}:iam::aws:policy/{path}";
        }

        if (name.StartsWith("arn:", StringComparison.Ordinal))
        {
            return name;
        }

        return callerMap.TryGetValue(name, out var arn) && !string.IsNullOrEmpty(arn) ? arn : name;
    }

    /// <summary>The ARN of an AWS managed policy path such as <c>service-role/AWSLambdaBasicExecutionRole</c>.</summary>
    public static string AwsManagedArn(string partition, string path) => $"arn:{partition}:iam::aws:policy/{path}";

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        var assembly = typeof(ManagedPolicyResolver).Assembly;
        const string prefix = "SamDeploy.ManagedPolicies.";
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var partition = resource[prefix.Length..^".txt".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                map[line[(line.LastIndexOf('/') + 1)..]] = line;
            }

            result[partition] = map;
        }

        return result;
    }
}
