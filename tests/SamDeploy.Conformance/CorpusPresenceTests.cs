using Xunit;

namespace SamDeploy.Conformance;

/// <summary>Makes a missing corpus loud under CI (a failing test), and a clear skip elsewhere.</summary>
public sealed class CorpusPresenceTests
{
    /// <summary>The corpus folder exists; skipped with the reason when it does not and <c>CI</c> is not <c>true</c>.</summary>
    [CorpusPresenceFact]
    public void Corpus_is_present() =>
        Assert.True(CorpusLocation.CorpusExists(), "CI=true but " + CorpusLocation.MissingMessage());

    /// <summary>Skips the presence check outside CI when the corpus is missing.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class CorpusPresenceFactAttribute : FactAttribute
    {
        /// <summary>Creates the attribute.</summary>
        public CorpusPresenceFactAttribute()
        {
            if (!CorpusLocation.CorpusExists() && !CorpusLocation.IsCi())
            {
                Skip = CorpusLocation.MissingMessage();
            }
        }
    }
}
