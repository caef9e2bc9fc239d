namespace SamDeploy.Cli;

/// <summary>An environment given as values: writers and a fixed set of environment variables (for tests and embedding).</summary>
internal sealed class InMemoryCliEnvironment : ICliEnvironment
{
    private readonly IReadOnlyDictionary<string, string?> _variables;

    /// <summary>Creates the environment.</summary>
    /// <param name="output">Receives standard output.</param>
    /// <param name="error">Receives standard error.</param>
    /// <param name="variables">The environment variables; a variable not in it is not set.</param>
    public InMemoryCliEnvironment(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> variables)
    {
        Out = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        _variables = variables ?? throw new ArgumentNullException(nameof(variables));
    }

    /// <inheritdoc/>
    public TextWriter Out { get; }

    /// <inheritdoc/>
    public TextWriter Error { get; }

    /// <inheritdoc/>
    public string? GetVariable(string name) => _variables.TryGetValue(name, out var value) ? value : null;
}
