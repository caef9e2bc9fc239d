namespace SamDeploy.Cli;

/// <summary>The real process: the console's writers and the process's environment variables.</summary>
internal sealed class ProcessCliEnvironment : ICliEnvironment
{
    /// <inheritdoc/>
    public TextWriter Out => Console.Out;

    /// <inheritdoc/>
    public TextWriter Error => Console.Error;

    /// <inheritdoc/>
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);
}
