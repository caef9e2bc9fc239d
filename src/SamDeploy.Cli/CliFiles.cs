using System.Text;

namespace SamDeploy.Cli;

/// <summary>File access for the CLI, turning I/O failures into <see cref="UsageException"/>s with a clear message.</summary>
internal static class CliFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads a whole text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for the message (for example <c>template</c>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="UsageException">The file is missing or unreadable.</exception>
    public static string ReadText(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"Cannot read {what} '{path}': it is a directory.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"Cannot read {what} '{path}': the file does not exist.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new UsageException($"Cannot read {what} '{path}': {e.Message}", e);
        }
    }

    /// <summary>Writes a text file as UTF-8 without a byte order mark, creating its directory when needed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void WriteText(string path, string text) => Write(path, writer => writer.Write(text));

    /// <summary>Writes a text file as UTF-8 without a byte order mark, as <paramref name="write"/> produces it, creating its directory when needed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the text.</param>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        StreamWriter writer;
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            writer = new StreamWriter(path, append: false, Utf8NoBom);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"Cannot write '{path}': {e.Message}", e);
        }

        // Only the file's own failures (a full disk, say) are the user's to fix; anything else the writing throws is not.
        // Closing flushes again what a failed flush left, and would fail again: the first failure is the one reported.
        IOException? failure = null;
        try
        {
            write(writer);
            writer.Flush();
        }
        catch (IOException e)
        {
            failure = e;
        }
        finally
        {
            // Closed whatever the writing threw, so that no failure leaves the file open.
            try
            {
                writer.Dispose();
            }
            catch (IOException e)
            {
                failure ??= e;
            }
        }

        if (failure is not null)
        {
            throw new UsageException($"Cannot write '{path}': {failure.Message}", failure);
        }
    }
}
