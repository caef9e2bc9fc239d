using System.Globalization;

namespace SamDeploy.Benchmarks;

/// <summary>
/// <c>repeat TEMPLATE N [--text]</c>: transforms one template file N times (the public <c>Transform(JObject)</c>, the
/// benchmarks' options; with <c>--text</c> the public <c>Transform(string)</c>, which reads the text each time and
/// transforms the tree it read in place, as <c>samdeploy transform</c> does) and does nothing else, so that a whole process can be measured from outside. It exists for
/// <c>bench/count-instructions.sh</c>, which runs it under callgrind twice and divides the difference in
/// instructions by the difference in N: a measure of a transform's work that, unlike time on a shared machine, does
/// not move with the load.
/// </summary>
internal static class RepeatCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="path">The template file.</param>
    /// <param name="countText">How many transforms.</param>
    /// <param name="fromText">Whether each transform starts from the text (reading included) instead of a tree read once.</param>
    /// <returns>The exit code: 0, or 2 for a usage error or a template that does not transform.</returns>
    public static int Run(string path, string countText, bool fromText)
    {
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("repeat: '" + countText + "' is not a number of transforms (0 or more).");
            return 2;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine("repeat: no file '" + path + "'.");
            return 2;
        }

        var operations = new TemplateOperations(File.ReadAllText(path), path, HarnessOptions.Create());
        if (!operations.Transforms)
        {
            Console.Error.WriteLine("repeat: '" + path + "' does not transform.");
            return 2;
        }

        for (var i = 0; i < count; i++)
        {
            _ = fromText ? operations.TransformText() : operations.Transform();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"repeat: {count} transforms of {path}{(fromText ? " from its text" : string.Empty)}"));
        return 0;
    }
}
