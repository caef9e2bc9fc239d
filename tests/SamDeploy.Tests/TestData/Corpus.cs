namespace SamDeploy.Tests.TestData;

/// <summary>
/// Where the reference data lives: the corpus at <c>../shared/sam-translator-tests</c> beside the repository root
/// (or <c>SAMDEPLOY_CORPUS</c>), and, on a developer's machine only, the reference's Python source
/// (<c>SAMDEPLOY_REFERENCE_SOURCE</c>, else <c>/tmp/ref/samtranslator</c>). Neither is part of the repository.
/// </summary>
internal static class Corpus
{
    /// <summary>The folder holding SamDeploy.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The corpus folder, or null when it is not there.</summary>
    public static string? Directory { get; } = FindCorpus();

    /// <summary>The corpus <c>input</c> folder, or null.</summary>
    public static string? InputDirectory => Directory is null ? null : Path.Combine(Directory, "input");

    /// <summary>The reference's <c>samtranslator</c> source folder, or null (never present in CI).</summary>
    public static string? ReferenceSource { get; } = FindReferenceSource();

    /// <summary>Whether the tests run in CI.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every corpus input file, sorted; empty without the corpus.</summary>
    public static IReadOnlyList<string> InputFiles() =>
        InputDirectory is { } dir ? [.. System.IO.Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal)] : [];

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamDeploy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SamDeploy.sln was not found above " + AppContext.BaseDirectory);
    }

    private static string? FindCorpus()
    {
        var corpus = Environment.GetEnvironmentVariable("SAMDEPLOY_CORPUS");
        if (string.IsNullOrWhiteSpace(corpus))
        {
            corpus = Path.Combine(FindRepositoryRoot(), "..", "shared", "sam-translator-tests");
        }

        corpus = Path.GetFullPath(corpus);
        return System.IO.Directory.Exists(Path.Combine(corpus, "input")) ? corpus : null;
    }

    private static string? FindReferenceSource()
    {
        var source = Environment.GetEnvironmentVariable("SAMDEPLOY_REFERENCE_SOURCE");
        if (string.IsNullOrWhiteSpace(source))
        {
            source = "/tmp/ref/samtranslator";
        }

        return System.IO.Directory.Exists(source) ? source : null;
    }
}
