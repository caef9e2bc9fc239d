using BenchmarkDotNet.Attributes;

namespace SamDeploy.Benchmarks;

/// <summary>Read and transform of every tier 1 error case of the reference corpus (they produce no CloudFormation to write).</summary>
[Config(typeof(ShortJobConfig))]
public class TierOneErrorBenchmarks
{
    private TemplateOperations _operations = null!;

    /// <summary>The case names, from tiers.json.</summary>
    public static IEnumerable<string> Cases() => Corpus.TierOneErrors();

    /// <summary>The case being measured.</summary>
    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    /// <summary>Reads the case's input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Corpus.InputPath(Case);
        _operations = new TemplateOperations(File.ReadAllText(path), path, HarnessOptions.Create(errorCase: true));
    }

    /// <summary>Text to tree.</summary>
    [Benchmark]
    public object Read() => _operations.Read();

    /// <summary>Tree to the reference's error diagnostics.</summary>
    [Benchmark]
    public object Transform() => _operations.Transform();
}
