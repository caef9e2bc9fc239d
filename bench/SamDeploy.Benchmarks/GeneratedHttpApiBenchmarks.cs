using BenchmarkDotNet.Attributes;

namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated HTTP API templates of 10, 100 and 500 functions (see <see cref="GeneratedHttpApiTemplate"/>).</summary>
[Config(typeof(ShortJobConfig))]
public class GeneratedHttpApiBenchmarks
{
    private TemplateOperations _operations = null!;

    /// <summary>The sizes.</summary>
    public static IEnumerable<int> Sizes() => GeneratedHttpApiTemplate.Sizes;

    /// <summary>How many functions the template has.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Functions { get; set; }

    /// <summary>Generates the template once.</summary>
    [GlobalSetup]
    public void Setup() =>
        _operations = new TemplateOperations(GeneratedHttpApiTemplate.Yaml(Functions), GeneratedHttpApiTemplate.FileName(Functions), HarnessOptions.Create());

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
