namespace SamDeploy.Cli;

/// <summary>A <c>samdeploy transform</c> command line, checked and ready to run, with the files running it writes.</summary>
/// <param name="FilesWritten">The full paths of the files it writes: its outputs, or the approved file that <c>--update</c> rewrites.</param>
/// <param name="Run">Runs it and returns its exit code.</param>
internal sealed record TransformJob(IReadOnlyList<string> FilesWritten, Func<int> Run);
