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
    public SamDeployRootCommand(ICliEnvironment environment)
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
}
