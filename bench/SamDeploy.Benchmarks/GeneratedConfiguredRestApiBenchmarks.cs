namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated templates with a configured REST API (see <see cref="GeneratedConfiguredRestApiTemplate"/>).</summary>
public class GeneratedConfiguredRestApiBenchmarks : GeneratedBenchmarksBase
{
    /// <inheritdoc />
    public override IEnumerable<int> Sizes() => GeneratedConfiguredRestApiTemplate.Sizes;

    /// <inheritdoc />
    protected override string Yaml(int functions) => GeneratedConfiguredRestApiTemplate.Yaml(functions);

    /// <inheritdoc />
    protected override string FileName(int functions) => GeneratedConfiguredRestApiTemplate.FileName(functions);
}
