using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Benchmarks;

/// <summary>
/// What it costs just to build the transform's output of a generated template (see <see cref="GeneratedTemplate"/>)
/// as a tree, in two node models: Newtonsoft's, which the transform builds it in (a deep copy of the output: no
/// transform can be cheaper), and a tree of arrays (<see cref="ArrayTree"/>), what a lighter internal document model
/// would cost. Compare <see cref="NewtonsoftTree"/> with <c>GeneratedBenchmarks.Transform</c> of the same size to see
/// how much of the transform is the node model itself.
/// </summary>
[Config(typeof(ScalingJobConfig))]
public class DocumentModelFloorBenchmarks
{
    private JObject _output = null!;
    private ArrayTree.Node _arrayOutput = null!;

    /// <summary>How many functions the template has.</summary>
    [Params(10, 100, 500)]
    public int Functions { get; set; }

    /// <summary>Transforms the template once and keeps its output in both models.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var operations = new TemplateOperations(GeneratedTemplate.Yaml(Functions), GeneratedTemplate.FileName(Functions), HarnessOptions.Create());
        _output = operations.Transform().Template ?? throw new InvalidOperationException("The generated template does not transform.");
        _arrayOutput = Benchmarks.ArrayTree.From(_output);
    }

    /// <summary>The output built again in Newtonsoft's node model.</summary>
    [Benchmark(Baseline = true)]
    public JToken NewtonsoftTree() => _output.DeepClone();

    /// <summary>The output built again as a tree of arrays.</summary>
    [Benchmark]
    public ArrayTree.Node ArrayTree() => Benchmarks.ArrayTree.Copy(_arrayOutput);
}
