namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated templates of 1, 10, 100 and 500 functions (see <see cref="GeneratedTemplate"/>).</summary>
public class GeneratedBenchmarks : GeneratedBenchmarksBase
{
    /// <inheritdoc />
    public override IEnumerable<int> Sizes() => GeneratedTemplate.Sizes;

    /// <inheritdoc />
    protected override string Yaml(int functions) => GeneratedTemplate.Yaml(functions);

    /// <inheritdoc />
    protected override string FileName(int functions) => GeneratedTemplate.FileName(functions);
}
