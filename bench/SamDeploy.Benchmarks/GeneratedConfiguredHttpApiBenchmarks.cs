namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated templates with a configured HTTP API (see <see cref="GeneratedConfiguredHttpApiTemplate"/>).</summary>
public class GeneratedConfiguredHttpApiBenchmarks : GeneratedBenchmarksBase
{
    /// <inheritdoc />
    public override IEnumerable<int> Sizes() => GeneratedConfiguredHttpApiTemplate.Sizes;

    /// <inheritdoc />
    protected override string Yaml(int functions) => GeneratedConfiguredHttpApiTemplate.Yaml(functions);

    /// <inheritdoc />
    protected override string FileName(int functions) => GeneratedConfiguredHttpApiTemplate.FileName(functions);
}
