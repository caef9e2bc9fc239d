using Newtonsoft.Json.Linq;

namespace SamDeploy.Benchmarks;

/// <summary>
/// The reference corpus, read at run time from <c>&lt;repo root&gt;/../shared/sam-translator-tests</c> or from the folder
/// named by <c>SAMDEPLOY_CORPUS</c>; never copied into the repository.
/// </summary>
internal static class Corpus
{
    /// <summary>The tier the benchmarks cover.</summary>
    public const string Tier = "tier1-deployment";

    /// <summary>The corpus folder.</summary>
    public static string Directory()
    {
        var overridden = Environment.GetEnvironmentVariable("SAMDEPLOY_CORPUS");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        // Walk up from the working directory and from the assembly (BenchmarkDotNet may run us from its own folder).
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SamDeploy.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "sam-translator-tests"));
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (SamDeploy.sln) to locate the corpus; set SAMDEPLOY_CORPUS.");
    }

    /// <summary>The tier 1 success cases, as listed in <c>tiers.json</c>.</summary>
    public static IReadOnlyList<string> TierOneSuccess() => Cases("success");

    /// <summary>The tier 1 error cases, as listed in <c>tiers.json</c>.</summary>
    public static IReadOnlyList<string> TierOneErrors() => Cases("error");

    /// <summary>The input template of a case.</summary>
    public static string InputPath(string name) => Path.Combine(Directory(), "input", name + ".yaml");

    private static IReadOnlyList<string> Cases(string kind)
    {
        var tiers = JObject.Parse(File.ReadAllText(Path.Combine(Directory(), "tiers.json")));
        return tiers[Tier]?[kind]?.Values<string>().OfType<string>().ToList()
            ?? throw new InvalidOperationException($"tiers.json has no {Tier}.{kind} list.");
    }
}
