using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SamDeploy.Conformance;

/// <summary>
/// Shared by every conformance test: the corpus, the known-failures list, and each case's outcome. When the
/// last test has run it prints the per-tier summary, writes it to <c>TestResults/conformance-summary.txt</c>
/// (and beside the test assembly), and, when asked to, rewrites the known-failures list.
/// </summary>
public sealed class ConformanceRun : IDisposable
{
    /// <summary>The environment variable that asks for the known-failures list to be rewritten (<c>1</c> or <c>regenerate</c>).</summary>
    public const string UpdateVariable = "SAMDEPLOY_UPDATE_KNOWN_FAILURES";

    /// <summary>The summary file name.</summary>
    public const string SummaryFileName = "conformance-summary.txt";

    private readonly IMessageSink _sink;
    private readonly ConcurrentDictionary<string, CaseResult> _results = new(StringComparer.Ordinal);
    private readonly string? _root;
    private readonly string _knownFailuresPath;
    private readonly KnownFailures _knownFailures;
    private readonly UpdateMode _update;
    private readonly TierCatalog? _catalog;
    private readonly CaseRunner? _runner;

    /// <summary>Loads the corpus index and the known-failures list.</summary>
    /// <param name="sink">Where the summary is reported, as an xunit diagnostic message.</param>
    public ConformanceRun(IMessageSink sink)
    {
        _sink = sink;
        _root = CorpusLocation.RepositoryRoot();
        _knownFailuresPath = _root is null
            ? Path.Combine(AppContext.BaseDirectory, KnownFailures.FileName)
            : Path.Combine(_root, "tests", "SamDeploy.Conformance", KnownFailures.FileName);
        _knownFailures = KnownFailures.Load(_knownFailuresPath);
        _update = ParseUpdateMode(Environment.GetEnvironmentVariable(UpdateVariable));
        if (CorpusLocation.CorpusExists())
        {
            var corpus = CorpusLocation.CorpusDirectory();
            _catalog = TierCatalog.Load(corpus);
            _runner = new CaseRunner(corpus);
        }
    }

    private enum UpdateMode
    {
        None,
        Prune,
        Regenerate,
    }

    /// <summary>Runs a case, records it, and returns why its test fails (null when it passes).</summary>
    internal string? Check(string name)
    {
        if (_catalog is null || _runner is null)
        {
            return CorpusLocation.MissingMessage();
        }

        var corpusCase = _catalog.Cases[name];
        CaseResult result;
        try
        {
            result = _runner.Run(corpusCase);
        }
#pragma warning disable CA1031 // An exception out of the library is a bug; the case reports it rather than aborting the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = CaseResult.Mismatch("The library threw " + e);
        }

        _results[name] = result;
        var listed = _knownFailures.Contains(name);
        if (result.Matches && listed && _update == UpdateMode.None)
        {
            return $"'{name}' now matches the reference: remove it from tests/SamDeploy.Conformance/{KnownFailures.FileName} "
                + $"(or run with {UpdateVariable}=1 to prune every case that now passes).";
        }

        if (!result.Matches && !listed && _update != UpdateMode.Regenerate)
        {
            return $"'{name}' does not match the reference (and is not a known failure):\n{result.Detail}";
        }

        return null;
    }

    /// <summary>Whether a case is on the known-failure list and still fails (its test is reported as skipped).</summary>
    internal bool IsKnownFailure(string name) =>
        _knownFailures.Contains(name) && _results.TryGetValue(name, out var result) && !result.Matches;

    /// <summary>Prints and writes the summary; rewrites the known-failures list when asked to.</summary>
    public void Dispose()
    {
        if (_catalog is null)
        {
            return;
        }

        var summary = Summary(_catalog);
        _sink.OnMessage(new DiagnosticMessage(summary));
        WriteSummary(summary);
        if (_update != UpdateMode.None)
        {
            var passing = _results.Where(r => r.Value.Matches).Select(r => r.Key);
            var failing = _update == UpdateMode.Regenerate ? _results.Where(r => !r.Value.Matches).Select(r => r.Key) : [];
            _knownFailures.With(passing, failing).Save(_knownFailuresPath);
        }
    }

    private string Summary(TierCatalog catalog)
    {
        var text = new StringBuilder();
        text.Append("Conformance with aws-sam-translator 1.110.0, corpus ").Append(CorpusLocation.CorpusDirectory()).Append('\n');
        foreach (var tier in catalog.Tiers)
        {
            var cases = catalog.Cases.Values.Where(c => c.Tiers.Contains(tier)).ToList();
            string Count(bool isError)
            {
                var ofKind = cases.Where(c => c.IsError == isError).ToList();
                var passed = ofKind.Count(c => _results.TryGetValue(c.Name, out var r) && r.Matches);
                return string.Create(CultureInfo.InvariantCulture, $"{passed}/{ofKind.Count}");
            }

            text.Append(tier).Append(": success ").Append(Count(false)).Append(", error ").Append(Count(true)).Append('\n');
        }

        var listed = _results.Keys.Count(_knownFailures.Contains);
        var fixedCases = _results.Count(r => r.Value.Matches && _knownFailures.Contains(r.Key));
        var regressions = _results.Count(r => !r.Value.Matches && !_knownFailures.Contains(r.Key));
        text.Append(string.Create(
            CultureInfo.InvariantCulture,
            $"known failures: {_knownFailures.Entries.Count} listed, {listed - fixedCases} failing as expected, {fixedCases} now passing (remove them), {regressions} failing but not listed\n"));
        text.Append(string.Create(CultureInfo.InvariantCulture, $"cases run: {_results.Count} of {catalog.Cases.Count}"));
        return text.ToString();
    }

    private void WriteSummary(string summary)
    {
        var folders = new List<string> { AppContext.BaseDirectory };
        if (_root is not null)
        {
            folders.Add(Path.Combine(_root, "TestResults"));
        }

        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, SummaryFileName), summary + "\n");
        }
    }

    private static UpdateMode ParseUpdateMode(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "0" or "false" => UpdateMode.None,
        "regenerate" => UpdateMode.Regenerate,
        _ => UpdateMode.Prune,
    };
}
