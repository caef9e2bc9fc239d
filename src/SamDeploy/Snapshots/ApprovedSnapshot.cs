using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;

namespace SamDeploy.Snapshots;

/// <summary>
/// Approved-file checks for generated CloudFormation, for test frameworks and CI: the output must mean the same JSON as
/// the approved file (JSON or YAML; key order and white space aside), and an accepted change rewrites the file.
/// </summary>
/// <example>
/// <code>
/// var result = new SamTransformer().Transform(File.ReadAllText("template.yaml"), "template.yaml");
/// ApprovedSnapshot.Verify("template.approved.json", result.Template!,
///     update: Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1");
/// </code>
/// </example>
public static class ApprovedSnapshot
{
    /// <summary>Reads an approved file, JSON or YAML.</summary>
    /// <param name="approvedPath">The file.</param>
    /// <returns>The approved tree.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a JSON or YAML map.</exception>
    public static JObject Read(string approvedPath)
    {
        ArgumentNullException.ThrowIfNull(approvedPath);
        if (!File.Exists(approvedPath))
        {
            throw new FileNotFoundException($"The approved file '{approvedPath}' does not exist.", approvedPath);
        }

        var read = TemplateReader.Read(File.ReadAllText(approvedPath), approvedPath);
        return read.Template ?? throw new InvalidDataException($"The approved file '{approvedPath}' cannot be read: " + string.Join(" ", read.Diagnostics));
    }

    /// <summary>Compares <paramref name="actual"/> with the approved file.</summary>
    /// <param name="approvedPath">The approved file.</param>
    /// <param name="actual">The output.</param>
    /// <returns>Whether they are equal, and every difference by path.</returns>
    /// <exception cref="FileNotFoundException">The approved file does not exist.</exception>
    /// <exception cref="InvalidDataException">The approved file is not a JSON or YAML map.</exception>
    public static SnapshotComparison Compare(string approvedPath, JToken actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return SnapshotComparer.Compare(Read(approvedPath), actual);
    }

    /// <summary>
    /// Writes <paramref name="actual"/> as the approved file (UTF-8, no byte order mark, deterministic), unless the file
    /// already holds exactly that text.
    /// </summary>
    /// <param name="approvedPath">The approved file; its directory is created when needed.</param>
    /// <param name="actual">The output to approve.</param>
    /// <param name="format">The file's format.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool Write(string approvedPath, JToken actual, TemplateFormat format = TemplateFormat.Json)
    {
        ArgumentNullException.ThrowIfNull(approvedPath);
        ArgumentNullException.ThrowIfNull(actual);
        var text = TemplateWriter.Write(actual, format);
        if (File.Exists(approvedPath) && string.Equals(File.ReadAllText(approvedPath), text, StringComparison.Ordinal))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(approvedPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(approvedPath, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    /// <summary>
    /// Checks <paramref name="actual"/> against the approved file and throws when they differ, with the readable
    /// report as the message (which test frameworks show). With <paramref name="update"/>, approves it instead.
    /// </summary>
    /// <param name="approvedPath">The approved file.</param>
    /// <param name="actual">The output.</param>
    /// <param name="update">Write the output as the approved file instead of checking it.</param>
    /// <exception cref="SnapshotMismatchException">The output differs, or there is no approved file.</exception>
    public static void Verify(string approvedPath, JToken actual, bool update = false)
    {
        ArgumentNullException.ThrowIfNull(approvedPath);
        ArgumentNullException.ThrowIfNull(actual);
        if (update)
        {
            Write(approvedPath, actual, FormatOf(approvedPath));
            return;
        }

        if (!File.Exists(approvedPath))
        {
            throw new SnapshotMismatchException($"The approved file '{approvedPath}' does not exist; approve the output to create it.", null);
        }

        var comparison = Compare(approvedPath, actual);
        if (!comparison.AreEqual)
        {
            throw new SnapshotMismatchException(comparison.Describe("'" + approvedPath + "'"), comparison);
        }
    }

    /// <summary>The format an approved file is written in: YAML for <c>.yaml</c> and <c>.yml</c>, JSON otherwise.</summary>
    /// <param name="approvedPath">The file.</param>
    /// <returns>The format.</returns>
    public static TemplateFormat FormatOf(string approvedPath)
    {
        ArgumentNullException.ThrowIfNull(approvedPath);
        var extension = Path.GetExtension(approvedPath);
        return string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase)
            ? TemplateFormat.Yaml
            : TemplateFormat.Json;
    }
}
