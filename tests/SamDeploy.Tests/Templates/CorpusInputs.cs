using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>
/// The input templates of the reference corpus, read in place from <c>&lt;repo root&gt;/../shared/sam-translator-tests</c>
/// (or <c>SAMDEPLOY_CORPUS</c>); never copied into the repository.
/// </summary>
internal static class CorpusInputs
{
    /// <summary>The corpus <c>input</c> folder, or null when the corpus is not there.</summary>
    public static string? InputDirectory()
    {
        var corpus = Environment.GetEnvironmentVariable("SAMDEPLOY_CORPUS");
        if (string.IsNullOrWhiteSpace(corpus))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SamDeploy.sln")))
                {
                    corpus = Path.Combine(dir.FullName, "..", "shared", "sam-translator-tests");
                    break;
                }
            }
        }

        var input = corpus is null ? null : Path.GetFullPath(Path.Combine(corpus, "input"));
        return input is not null && Directory.Exists(input) ? input : null;
    }

    /// <summary>Every input file, sorted.</summary>
    public static IReadOnlyList<string> Files() =>
        InputDirectory() is { } dir ? Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
}

/// <summary>A fact over the corpus inputs, skipped with the reason when the corpus is not there.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CorpusFactAttribute()
    {
        if (CorpusInputs.InputDirectory() is null)
        {
            Skip = "The reference corpus (../shared/sam-translator-tests beside the repository, or SAMDEPLOY_CORPUS) is not there.";
        }
    }
}
