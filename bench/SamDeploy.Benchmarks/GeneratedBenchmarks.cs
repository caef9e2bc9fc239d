using BenchmarkDotNet.Attributes;

namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated templates of 1, 10, 100 and 500 functions (see <see cref="GeneratedTemplate"/>).</summary>
[Config(typeof(ShortJobConfig))]
public class GeneratedBenchmarks
{
    private TemplateOperations _operations = null!;

    /// <summary>The sizes.</summary>
    public static IEnumerable<int> Sizes() => GeneratedTemplate.Sizes;

    /// <summary>How many functions the template has.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Functions { get; set; }

    /// <summary>Generates the template once.</summary>
    [GlobalSetup]
    public void Setup() =>
        _operations = new TemplateOperations(GeneratedTemplate.Yaml(Functions), GeneratedTemplate.FileName(Functions), HarnessOptions.Create());

    /// <summary>Text to tree.</summary>
    [Benchmark]
    public object Read() => _operations.Read();

    /// <summary>Tree to CloudFormation tree.</summary>
    [Benchmark]
    public object Transform() => _operations.Transform();

    /// <summary>CloudFormation tree to JSON text.</summary>
    [Benchmark]
    public void Write() => _operations.Write();
}
