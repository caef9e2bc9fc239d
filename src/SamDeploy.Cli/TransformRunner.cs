using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>Carries out a <see cref="TransformRequest"/>: reads every template, transforms each, writes the results and reports the failures.</summary>
internal static class TransformRunner
{
    /// <summary>Runs the request.</summary>
    /// <param name="request">What to transform and where to write it.</param>
    /// <param name="environment">Standard output and error.</param>
    /// <param name="cancellationToken">Stops the run between templates.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.InvalidTemplate"/> when any template is invalid.</returns>
    /// <exception cref="UsageException">A template cannot be read or a result cannot be written.</exception>
    public static int Run(TransformRequest request, ICliEnvironment environment, CancellationToken cancellationToken = default)
    {
        // Read everything first, so a missing file fails the run before anything is written.
        var texts = request.Templates.Select(path => CliFiles.ReadText(path, "template")).ToList();
        var transformer = new SamTransformer(request.Options);
        var exitCode = ExitCodes.Success;
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = transformer.Transform(texts[i], request.Templates[i], cancellationToken);
            DiagnosticPrinter.Print(result, environment.Error);
            if (result.Template is null)
            {
                exitCode = ExitCodes.InvalidTemplate;
                continue;
            }

            // Written as it is produced: a large template's text is not built as one string first.
            if (request.Destinations[i] is { } destination)
            {
                CliFiles.Write(destination, writer => TemplateWriter.Write(result.Template, writer, request.Format));
            }
            else
            {
                // Standard output flushes every write; the writers write a token at a time.
                try
                {
                    using var buffered = new BufferedTextWriter(environment.Out);
                    TemplateWriter.Write(result.Template, buffered, request.Format);
                }
                catch (IOException e)
                {
                    throw new UsageException($"Cannot write to standard output: {e.Message}", e);
                }
            }
        }

        return exitCode;
    }
}
