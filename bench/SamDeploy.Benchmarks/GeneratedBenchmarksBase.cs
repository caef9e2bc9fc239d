using BenchmarkDotNet.Attributes;

namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of a family of generated templates, one per size.</summary>
[Config(typeof(ScalingJobConfig))]
public abstract class GeneratedBenchmarksBase
{
    private TemplateOperations _operations = null!;

    /// <summary>How many functions the template has.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Functions { get; set; }

    /// <summary>The sizes.</summary>
    public abstract IEnumerable<int> Sizes();

    /// <summary>Generates the template once.</summary>
    [GlobalSetup]
    public void Setup() => _operations = new TemplateOperations(Yaml(Functions), FileName(Functions), HarnessOptions.Create());

    /// <summary>Text to tree.</summary>
    [Benchmark]
    public object Read() => _operations.Read();

    /// <summary>Tree to CloudFormation tree.</summary>
    [Benchmark]
    public object Transform() => _operations.Transform();

    /// <summary>CloudFormation tree to JSON text.</summary>
    [Benchmark]
    public void Write() => _operations.Write();

    /// <summary>The template's text.</summary>
    protected abstract string Yaml(int functions);

    /// <summary>The template's file name (shown in diagnostics).</summary>
    protected abstract string FileName(int functions);
}
