namespace SamDeploy.Tests.Policies;

/// <summary>
/// Where the reference data lives on a developer's machine: the corpus at <c>../shared/sam-translator-tests</c> beside
/// the repository root (the folder holding <c>SamDeploy.sln</c>), and the reference's Python source under <c>/tmp/ref</c>.
/// Neither is part of the repository; tests that need them say so and stop when they are absent, unless CI is set.
/// </summary>
internal static class ReferenceData
{
    /// <summary>The reference's own policy-template data, read only to compare against ours.</summary>
    public const string ReferencePolicyTemplatesFile = "/tmp/ref/samtranslator/policy_templates_data/policy_templates.json";

    /// <summary>Whether this run is in CI, where missing reference data is a failure rather than a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The corpus folder, or <see langword="null"/> when it is not there.</summary>
    public static string? CorpusDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SamDeploy.sln")))
                {
                    var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "sam-translator-tests"));
                    return Directory.Exists(Path.Combine(corpus, "input")) ? corpus : null;
                }
            }

            return null;
        }
    }
}
