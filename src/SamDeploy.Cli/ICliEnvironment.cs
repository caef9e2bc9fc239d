namespace SamDeploy.Cli;

/// <summary>What the CLI takes from the process it runs in, behind an interface so tests can run it in-process.</summary>
internal interface ICliEnvironment
{
    /// <summary>Where results go (the process's standard output).</summary>
    TextWriter Out { get; }

    /// <summary>Where errors go (the process's standard error).</summary>
    TextWriter Error { get; }

    /// <summary>Reads an environment variable.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>Its value, or <see langword="null"/> when it is not set.</returns>
    string? GetVariable(string name);
}
