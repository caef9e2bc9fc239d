using Xunit;

namespace SamDeploy.Conformance;

/// <summary>A theory over the corpus, skipped (with the reason) when the corpus is not there.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[Xunit.Sdk.XunitTestCaseDiscoverer("Xunit.Sdk.SkippableTheoryDiscoverer", "Xunit.SkippableFact")]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute, setting <see cref="FactAttribute.Skip"/> when the corpus is missing.</summary>
    public CorpusTheoryAttribute()
    {
        if (!CorpusLocation.CorpusExists())
        {
            Skip = CorpusLocation.MissingMessage();
        }
    }
}
