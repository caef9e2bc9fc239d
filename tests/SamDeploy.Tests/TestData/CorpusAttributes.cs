using Xunit;

namespace SamDeploy.Tests.TestData;

/// <summary>A fact over the corpus, reported as skipped (with the reason) when the corpus is not there.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CorpusFactAttribute()
    {
        if (Corpus.Directory is null)
        {
            Skip = "The reference corpus (../shared/sam-translator-tests beside the repository, or SAMDEPLOY_CORPUS) is not there.";
        }
    }
}

/// <summary>A theory over the corpus, reported as skipped when the corpus is not there.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CorpusTheoryAttribute()
    {
        if (Corpus.Directory is null)
        {
            Skip = "The reference corpus (../shared/sam-translator-tests beside the repository, or SAMDEPLOY_CORPUS) is not there.";
        }
    }
}

/// <summary>
/// A fact that compares against the reference's own source files; only a developer who fetched the reference has
/// them (SAMDEPLOY_REFERENCE_SOURCE), so elsewhere, CI included, it is reported as skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ReferenceSourceFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public ReferenceSourceFactAttribute()
    {
        if (Corpus.ReferenceSource is null)
        {
            Skip = "The reference's source (SAMDEPLOY_REFERENCE_SOURCE) is not on this machine.";
        }
    }
}
