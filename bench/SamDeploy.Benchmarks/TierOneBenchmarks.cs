using BenchmarkDotNet.Attributes;

namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of every tier 1 success case of the reference corpus.</summary>
[Config(typeof(ShortJobConfig))]
public class TierOneBenchmarks
{
    private TemplateOperations _operations = null!;

    /// <summary>The case names, from tiers.json.</summary>
    public static IEnumerable<string> Cases() => Corpus.TierOneSuccess();

    /// <summary>The case being measured.</summary>
    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = string.Empty;

    /// <summary>Reads the case's input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Corpus.InputPath(Case);
        _operations = new TemplateOperations(File.ReadAllText(path), path, HarnessOptions.Create());
    }

    /// <summary>Text to tree.</summary>
    [Benchmark]
    public object Read() => _operations.Read();

    /// <summary>Tree to CloudFormation tree.</summary>
    [Benchmark]
    public object Transform() => _operations.Transform();

    /// <summary>CloudFormation tree to JSON text; a case SamDeploy does not transform yet is measured as an empty write.</summary>
    [Benchmark]
    public void Write()
    {
        if (_operations.Transforms)
        {
            _operations.Write();
        }
    }
}
