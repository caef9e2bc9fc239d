namespace SamDeploy.Cli;

/// <summary>
/// The real process: the console's writers, opened when first written to (see <see cref="DeferredWriter"/>), and the
/// process's environment variables.
/// </summary>
internal sealed class ProcessCliEnvironment : ICliEnvironment
{
    /// <inheritdoc/>
    public TextWriter Out { get; } = new DeferredWriter(() => Console.Out);

    /// <inheritdoc/>
    public TextWriter Error { get; } = new DeferredWriter(() => Console.Error);

    /// <inheritdoc/>
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);
}
