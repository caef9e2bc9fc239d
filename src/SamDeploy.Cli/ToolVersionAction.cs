using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace SamDeploy.Cli;

/// <summary>
/// Prints the version of this tool for <c>--version</c>. The built-in action reports the entry assembly, which is
/// the test host when the CLI runs in-process.
/// </summary>
internal sealed class ToolVersionAction : SynchronousCommandLineAction
{
    /// <summary>The tool's version: its informational version (with the source revision when built from git).</summary>
    public static string Version { get; } =
        typeof(ToolVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
