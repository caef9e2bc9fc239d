namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated HTTP API templates of 10, 100 and 500 functions (see <see cref="GeneratedHttpApiTemplate"/>).</summary>
public class GeneratedHttpApiBenchmarks : GeneratedBenchmarksBase
{
    /// <inheritdoc />
    public override IEnumerable<int> Sizes() => GeneratedHttpApiTemplate.Sizes;

    /// <inheritdoc />
    protected override string Yaml(int functions) => GeneratedHttpApiTemplate.Yaml(functions);

    /// <inheritdoc />
    protected override string FileName(int functions) => GeneratedHttpApiTemplate.FileName(functions);
}
