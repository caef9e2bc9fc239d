using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Help;

namespace SamDeploy.Cli;

/// <summary>
/// The <c>samdeploy</c> command and its subcommands. A plain <see cref="Command"/> named <c>samdeploy</c> rather than a
/// <see cref="RootCommand"/>, whose name would be the executable's (<c>SamDeploy.Cli</c>) in help text.
/// </summary>
internal sealed class SamDeployRootCommand : Command
{
    /// <summary>Examples shown at the end of <c>samdeploy --help</c>.</summary>
    public static readonly ImmutableArray<string> Examples =
    [
        "samdeploy transform template.yaml > cloudformation.json",
        "samdeploy explain template.yaml",
        "samdeploy lint template.yaml --strict",
        "samdeploy diff deployed.yaml template.yaml",
        "samdeploy transform --help",
    ];

    /// <summary>Creates the command tree.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    /// <param name="withHelpAndVersion">
    /// Whether to add <c>--help</c> (<c>-h</c>, <c>-?</c>, <c>/h</c>, <c>/?</c>) and <c>--version</c>; pass
    /// <see cref="MayAskForHelpOrVersion"/> of the arguments. Building them reads System.CommandLine's localized
    /// descriptions, whose resource lookup costs a run about a twentieth of its time; arguments that name neither parse
    /// the same without them.
    /// </param>
    public SamDeployRootCommand(ICliEnvironment environment, bool withHelpAndVersion = true)
        : base("samdeploy", "Turn AWS SAM templates into plain CloudFormation, exactly as the AWS::Serverless-2016-10-31 transform does, without calling AWS.")
    {
        var transform = new TransformCommand(environment);
        Subcommands.Add(transform);
        var explain = new ExplainCommand(environment);
        var lint = new LintCommand(environment);
        var diff = new DiffCommand(environment);
        Subcommands.Add(explain);
        Subcommands.Add(lint);
        Subcommands.Add(diff);
        var batch = new BatchCommand(environment);
        Subcommands.Add(batch);
        Subcommands.Add(new BenchCommand(environment));
        if (!withHelpAndVersion)
        {
            return;
        }

        var help = new HelpOption { Recursive = true };
        if (help.Action is HelpAction standard)
        {
            // A plain Dictionary: an immutable map of struct values is JIT-compiled on every run, help or not.
            help.Action = new ExamplesHelpAction(standard, new Dictionary<Command, IReadOnlyList<string>>
            {
                [this] = Examples,
                [transform] = TransformCommand.Examples,
                [batch] = BatchCommand.Examples,
                [explain] = ExplainCommand.Examples,
                [lint] = LintCommand.Examples,
                [diff] = DiffCommand.Examples,
            });
        }

        Options.Add(help);
        Options.Add(new VersionOption { Action = new ToolVersionAction() });
    }

    /// <summary>
    /// Whether an argument could name the help or version option: <c>--help</c> or <c>--version</c> (with or without a
    /// value), <c>/h</c> or <c>/?</c>, a single-dash token holding <c>h</c> or <c>?</c> (<c>-h</c>, <c>-?</c>, or a
    /// bundle of short options), or a response file (<c>@file</c>), whose contents are read while parsing.
    /// </summary>
    /// <param name="args">The command line's arguments.</param>
    /// <returns>False only when no argument can name either option.</returns>
    public static bool MayAskForHelpOrVersion(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            if (MayName(arg))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayName(string arg)
    {
        if (arg.StartsWith('@'))
        {
            return true;
        }

        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            return arg.AsSpan(2).StartsWith("help", StringComparison.Ordinal) || arg.AsSpan(2).StartsWith("version", StringComparison.Ordinal);
        }

        if (arg.StartsWith('-'))
        {
            // A loop, not IndexOfAny: its vectorized code is compiled at run time on every start.
            foreach (var c in arg.AsSpan(1))
            {
                if (c is 'h' or '?')
                {
                    return true;
                }
            }

            return false;
        }

        return arg.Length >= 2 && arg[0] == '/' && arg[1] is 'h' or '?' && (arg.Length == 2 || arg[2] is ':' or '=');
    }
}
