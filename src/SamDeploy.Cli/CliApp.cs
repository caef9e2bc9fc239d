using System.CommandLine;
using System.CommandLine.Invocation;

namespace SamDeploy.Cli;

/// <summary>Runs <c>samdeploy</c> with given arguments, writers and environment, in-process.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Receives standard output.</param>
    /// <param name="stderr">Receives standard error.</param>
    /// <param name="env">The environment variables; a variable not in it is not set.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?> env) =>
        Run(args, new InMemoryCliEnvironment(stdout, stderr, env));

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">The writers and environment variables.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(IReadOnlyList<string> args, ICliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var root = new SamDeployRootCommand(environment, SamDeployRootCommand.MayAskForHelpOrVersion(args));
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine("samdeploy: error: " + error.Message);
            }

            WriteHelpHint(parseResult, environment);
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            environment.Error.WriteLine("samdeploy: error: " + e.Message);
            WriteHelpHint(parseResult, environment);
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            environment.Error.WriteLine($"samdeploy: internal error: {e.GetType().Name}: {e.Message}");
            environment.Error.WriteLine("This is a bug in SamDeploy; please report it with the template that caused it.");
            return ExitCodes.InternalError;
        }
    }

    private static void WriteHelpHint(ParseResult parseResult, ICliEnvironment environment)
    {
        var command = parseResult.CommandResult.Command;
        var name = command == parseResult.RootCommandResult.Command ? "samdeploy" : "samdeploy " + command.Name;
        environment.Error.WriteLine($"Run '{name} --help' for usage.");
    }
}
