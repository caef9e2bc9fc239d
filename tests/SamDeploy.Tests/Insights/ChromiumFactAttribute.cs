using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>
/// A fact that needs headless Chromium (Debian's <c>chromium</c> package). Reported as skipped, with the reason, when
/// it is not installed; in CI it always runs, because <c>.ci/run</c> installs Chromium first.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Corpus.InCi)
        {
            Skip = "Chromium is not installed (apt-get install -y chromium); .ci/run installs it in CI.";
        }
    }
}

/// <summary>Finds the Chromium executable on PATH.</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
