namespace SamDeploy.Conformance;

/// <summary>
/// Where the repository and the reference corpus are. The corpus is never copied into the repository:
/// it is read at run time from <c>&lt;repo root&gt;/../shared/sam-translator-tests</c>, or from the folder
/// named by the <c>SAMDEPLOY_CORPUS</c> environment variable.
/// </summary>
internal static class CorpusLocation
{
    /// <summary>The environment variable that overrides the corpus folder.</summary>
    public const string CorpusVariable = "SAMDEPLOY_CORPUS";

    /// <summary>The repository root: the nearest folder above the test assembly that holds <c>SamDeploy.sln</c>.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamDeploy.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The corpus folder the suite should use (which may not exist).</summary>
    public static string CorpusDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable(CorpusVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        var root = RepositoryRoot() ?? AppContext.BaseDirectory;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "sam-translator-tests"));
    }

    /// <summary>Whether the corpus is there (its <c>tiers.json</c> exists).</summary>
    public static bool CorpusExists() => File.Exists(Path.Combine(CorpusDirectory(), "tiers.json"));

    /// <summary>Whether the suite runs under CI (<c>CI=true</c>), where a missing corpus is an error, not a skip.</summary>
    public static bool IsCi() => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message used when the corpus is missing.</summary>
    public static string MissingMessage() =>
        "The conformance corpus was not found at " + CorpusDirectory() + " (expected tiers.json there). "
        + "Put the shared folder beside the repository or set " + CorpusVariable + ".";
}
