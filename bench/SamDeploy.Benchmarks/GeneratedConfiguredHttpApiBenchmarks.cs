namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated templates with a configured HTTP API (see <see cref="ConfiguredApiTemplate.Http"/>).</summary>
public class GeneratedConfiguredHttpApiBenchmarks : GeneratedBenchmarksBase
{
    /// <inheritdoc />
    public override IEnumerable<int> Sizes() => ConfiguredApiTemplate.Http.Sizes;

    /// <inheritdoc />
    protected override string Yaml(int functions) => ConfiguredApiTemplate.Http.Yaml(functions);

    /// <inheritdoc />
    protected override string FileName(int functions) => ConfiguredApiTemplate.Http.FileName(functions);
}
