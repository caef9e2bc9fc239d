using System.CommandLine;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>One <c>samdeploy transform TEMPLATE --check APPROVED [--update]</c> run, checked and ready.</summary>
/// <param name="Template">The template file.</param>
/// <param name="Approved">The approved snapshot file.</param>
/// <param name="Update">Whether to rewrite the approved file rather than compare with it.</param>
/// <param name="Options">The transform options.</param>
internal sealed record SnapshotCheckRequest(string Template, string Approved, bool Update, TransformOptions Options)
{
    /// <summary>Checks the parsed command line and turns it into a request.</summary>
    /// <param name="command">The transform command, whose options were parsed.</param>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">Where the region default comes from.</param>
    /// <returns>The request.</returns>
    /// <exception cref="UsageException">The options do not fit together or a file is unusable.</exception>
    public static SnapshotCheckRequest Create(TransformCommand command, ParseResult parseResult, ICliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(parseResult);
        var approved = parseResult.GetValue(command.CheckOption);
        if (approved is null)
        {
            throw new UsageException("--update needs --check APPROVED.json: the approved file to rewrite.");
        }

        if (approved.Length == 0)
        {
            throw new UsageException("--check must not be empty.");
        }

        if (parseResult.GetValue(command.OutputOption) is not null || parseResult.GetValue(command.OutputDirectoryOption) is not null)
        {
            throw new UsageException("--check compares the output with the approved file and writes none; leave out --output and --output-dir.");
        }

        var templates = parseResult.GetValue(command.TemplatesArgument) ?? [];
        if (templates.Length != 1)
        {
            throw new UsageException("--check takes one template; run it once per template and approved file.");
        }

        // The shared checks: unknown options, region, parameters and the managed-policy map.
        var transform = command.CreateRequest(parseResult, environment);
        if (string.Equals(Path.GetFullPath(approved), Path.GetFullPath(templates[0]), StringComparison.Ordinal))
        {
            throw new UsageException($"The approved file '{approved}' is the template itself; choose another file.");
        }

        return new SnapshotCheckRequest(templates[0], approved, parseResult.GetValue(command.UpdateOption), transform.Options);
    }
}
