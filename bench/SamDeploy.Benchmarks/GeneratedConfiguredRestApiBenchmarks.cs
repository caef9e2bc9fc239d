namespace SamDeploy.Benchmarks;

/// <summary>Read, transform and write of generated templates with a configured REST API (see <see cref="ConfiguredApiTemplate.Rest"/>).</summary>
public class GeneratedConfiguredRestApiBenchmarks : GeneratedBenchmarksBase
{
    /// <inheritdoc />
    public override IEnumerable<int> Sizes() => ConfiguredApiTemplate.Rest.Sizes;

    /// <inheritdoc />
    protected override string Yaml(int functions) => ConfiguredApiTemplate.Rest.Yaml(functions);

    /// <inheritdoc />
    protected override string FileName(int functions) => ConfiguredApiTemplate.Rest.FileName(functions);
}
