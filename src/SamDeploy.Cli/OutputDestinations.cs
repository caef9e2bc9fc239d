using System.Collections.Immutable;
using SamDeploy.Templates.Writing;

namespace SamDeploy.Cli;

/// <summary>Decides where each template's CloudFormation is written: standard output, <c>--output FILE</c>, or <c>--output-dir DIR/NAME.ext</c>.</summary>
internal static class OutputDestinations
{
    /// <summary>Compares paths the way the file system does: ignoring case on Windows and macOS.</summary>
    public static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Plans the destinations.</summary>
    /// <param name="templates">The template files.</param>
    /// <param name="output">The <c>--output</c> file, if given.</param>
    /// <param name="outputDirectory">The <c>--output-dir</c> directory, if given.</param>
    /// <param name="format">The output format, which picks the extension in <paramref name="outputDirectory"/>.</param>
    /// <returns>One destination per template; <see langword="null"/> means standard output.</returns>
    /// <exception cref="UsageException">The options do not fit together, or two results would go to the same file.</exception>
    public static ImmutableArray<string?> Plan(IReadOnlyList<string> templates, string? output, string? outputDirectory, TemplateFormat format)
    {
        if (output is not null && outputDirectory is not null)
        {
            throw new UsageException("--output and --output-dir cannot be used together.");
        }

        if (output is not null && templates.Count > 1)
        {
            throw new UsageException("--output takes one template; with several templates use --output-dir DIR.");
        }

        if (templates.Count > 1 && outputDirectory is null)
        {
            throw new UsageException("Several templates need --output-dir DIR (each result is written to DIR/NAME.json).");
        }

        if (output is { Length: 0 } || outputDirectory is { Length: 0 })
        {
            throw new UsageException(output is not null ? "--output must not be empty." : "--output-dir must not be empty.");
        }

        var destinations = outputDirectory is null
            ? templates.Select(_ => output).ToImmutableArray()
            : templates.Select(t => (string?)InDirectory(outputDirectory, t, format)).ToImmutableArray();
        CheckDistinct(templates, destinations);
        return destinations;
    }

    private static string InDirectory(string directory, string template, TemplateFormat format)
    {
        var extension = format == TemplateFormat.Yaml ? ".yaml" : ".json";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(template) + extension);
    }

    private static void CheckDistinct(IReadOnlyList<string> templates, ImmutableArray<string?> destinations)
    {
        var inputs = new HashSet<string>(templates.Select(Path.GetFullPath), PathComparer);
        var seen = new Dictionary<string, string>(PathComparer);
        for (var i = 0; i < templates.Count; i++)
        {
            if (destinations[i] is not { } destination)
            {
                continue;
            }

            var full = Path.GetFullPath(destination);
            if (inputs.Contains(full))
            {
                throw new UsageException($"Writing the result of '{templates[i]}' to '{destination}' would overwrite a template; choose another output.");
            }

            if (seen.TryGetValue(full, out var other))
            {
                throw new UsageException($"'{other}' and '{templates[i]}' would both be written to '{destination}'; transform them into different directories.");
            }

            seen[full] = templates[i];
        }
    }
}
