using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SamDeploy.Cli;

/// <summary>The standard help, followed by the command's examples and the exit codes.</summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standard;
    private readonly IReadOnlyDictionary<Command, IReadOnlyList<string>> _examples;

    /// <summary>Wraps the standard help action.</summary>
    /// <param name="standard">The help action that writes the usage, arguments and options.</param>
    /// <param name="examples">Example command lines by command.</param>
    public ExamplesHelpAction(HelpAction standard, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples)
    {
        _standard = standard ?? throw new ArgumentNullException(nameof(standard));
        _examples = examples ?? throw new ArgumentNullException(nameof(examples));
    }

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exitCode = _standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        output.WriteLine("Exit codes:");
        output.WriteLine("  0  success");
        output.WriteLine("  1  a template is invalid: the whole error message, then one FILE(LINE,COL): error SAMxxxx: message line per problem, on standard error");
        output.WriteLine("     (lint --strict: also when there are warnings, reported as errors)");
        output.WriteLine("  2  usage error, or a file that cannot be read or written");
        output.WriteLine();
        return exitCode;
    }
}
