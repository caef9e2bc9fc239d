using SamDeploy.Snapshots;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>Carries out a <see cref="SnapshotCheckRequest"/>: transforms the template, then compares the result with the approved file or rewrites it.</summary>
internal static class SnapshotCheckRunner
{
    /// <summary>Runs the request.</summary>
    /// <param name="request">The template, the approved file and the options.</param>
    /// <param name="environment">Standard output and error.</param>
    /// <returns>
    /// <see cref="ExitCodes.Success"/> when the output matches (or was approved with <c>--update</c>);
    /// <see cref="ExitCodes.InvalidTemplate"/> when the template is invalid, the output differs or there is no approved file.
    /// </returns>
    /// <exception cref="UsageException">A file cannot be read or written.</exception>
    public static int Run(SnapshotCheckRequest request, ICliEnvironment environment)
    {
        var text = CliFiles.ReadText(request.Template, "template");
        var result = new SamTransformer(request.Options).Transform(text, request.Template);
        DiagnosticPrinter.Print(result, environment.Error);
        if (result.Template is null)
        {
            return ExitCodes.InvalidTemplate;
        }

        if (request.Update)
        {
            var written = Approve(request.Approved, result.Template);
            environment.Out.WriteLine(written ? $"Updated {request.Approved}." : $"{request.Approved} is up to date.");
            return ExitCodes.Success;
        }

        if (Directory.Exists(request.Approved) || !File.Exists(request.Approved))
        {
            environment.Error.WriteLine($"{request.Template}: the approved file '{request.Approved}' does not exist; run the same command with --update to create it.");
            return ExitCodes.InvalidTemplate;
        }

        var comparison = Compare(request.Approved, result.Template);
        if (comparison.AreEqual)
        {
            environment.Out.WriteLine($"{request.Template}: the output matches {request.Approved}.");
            return ExitCodes.Success;
        }

        environment.Error.WriteLine(request.Template + ": " + comparison.Describe(request.Approved));
        environment.Error.WriteLine("If the change is intended, run the same command with --update to approve it.");
        return ExitCodes.InvalidTemplate;
    }

    private static SnapshotComparison Compare(string approved, Newtonsoft.Json.Linq.JObject actual)
    {
        try
        {
            return ApprovedSnapshot.Compare(approved, actual);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"Cannot read approved file '{approved}': {e.Message}", e);
        }
    }

    private static bool Approve(string approved, Newtonsoft.Json.Linq.JObject actual)
    {
        try
        {
            return ApprovedSnapshot.Write(approved, actual, ApprovedSnapshot.FormatOf(approved));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"Cannot write '{approved}': {e.Message}", e);
        }
    }
}
