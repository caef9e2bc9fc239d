using SamDeploy.Cli;

namespace SamDeploy.Tests.Cli;

/// <summary>The outcome of one in-process <c>samdeploy</c> run.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The environment variables a run sees when a test gives none: no AWS region set.</summary>
    public static IReadOnlyDictionary<string, string?> NoEnvironment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Runs <c>samdeploy</c> with <paramref name="args"/>, capturing its output.</summary>
    public static CliRun Of(IReadOnlyDictionary<string, string?> env, params string[] args)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var exitCode = CliApp.Run(args, stdout, stderr, env);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>samdeploy</c> with no environment variables set.</summary>
    public static CliRun Of(params string[] args) => Of(NoEnvironment, args);

    /// <summary>Standard error, split into lines.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
