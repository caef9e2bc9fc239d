using Xunit;

namespace SamDeploy.Conformance;

/// <summary>
/// One test per corpus case of <c>tiers.json</c>, run as the reference harness runs it. A case that is on the
/// known-failures list and fails passes its test (it is not counted as conforming); a listed case that now
/// matches fails its test until it is taken off the list.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class ConformanceTests
{
    private readonly ConformanceRun _run;

    /// <summary>Creates the tests over the shared run.</summary>
    /// <param name="run">The shared run.</param>
    public ConformanceTests(ConformanceRun run) => _run = run;

    /// <summary>The success cases (every tier), by name.</summary>
    public static TheoryData<string> SuccessCases() => Cases(isError: false);

    /// <summary>The error cases (every tier), by name.</summary>
    public static TheoryData<string> ErrorCases() => Cases(isError: true);

    /// <summary>A success case: the output matches the expected template in all three partitions.</summary>
    /// <param name="name">The case name.</param>
    [CorpusTheory]
    [MemberData(nameof(SuccessCases))]
    public void Success(string name) => Verify(name);

    /// <summary>An error case: the transform fails with the reference's whole message.</summary>
    /// <param name="name">The case name.</param>
    [CorpusTheory]
    [MemberData(nameof(ErrorCases))]
    public void Error(string name) => Verify(name);

    private void Verify(string name)
    {
        var failure = _run.Check(name);
        Assert.True(failure is null, failure);

        // A listed case that still fails is neither a pass nor a failure: it is reported as skipped, with the reason.
        Skip.If(_run.IsKnownFailure(name), $"'{name}' is on the known-failure list (tests/SamDeploy.Conformance/{KnownFailures.FileName}).");
    }

    private static TheoryData<string> Cases(bool isError)
    {
        var data = new TheoryData<string>();
        if (CorpusLocation.CorpusExists())
        {
            foreach (var corpusCase in TierCatalog.Load(CorpusLocation.CorpusDirectory()).CasesOfKind(isError))
            {
                data.Add(corpusCase.Name);
            }
        }

        return data;
    }
}
