using SamDeploy.Diagnostics;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>Writes a transform's problems to standard error.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>
    /// Writes the reference transform's whole error message (when the transform failed) on one line,
    /// then one <c>FILE(LINE,COL): error SAMxxxx: message</c> line per diagnostic.
    /// </summary>
    /// <param name="result">The transform's result.</param>
    /// <param name="error">Standard error.</param>
    public static void Print(TransformResult result, TextWriter error)
    {
        if (result.ErrorMessage is { } message)
        {
            error.WriteLine(message);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }
}
