using System.Globalization;
using BenchmarkDotNet.Running;

namespace SamDeploy.Benchmarks;

/// <summary>
/// Runs the benchmarks (any BenchmarkDotNet arguments, e.g. <c>--filter *Generated*</c>); with
/// <c>generate DIR</c>, writes the generated templates to DIR so <c>samdeploy bench</c>, <c>samdeploy transform</c>
/// and the reference can be timed on the same files; with <c>scale [SIZE...]</c>, prints the transform's cost per
/// function at each size (see <see cref="ScalingCheck"/>); with <c>repeat TEMPLATE N [--text]</c>, transforms one template N
/// times (from its text with <c>--text</c>) and nothing else (see <see cref="RepeatCommand"/>).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, <c>generate DIR [SIZE...]</c>, <c>scale [SIZE...]</c> or <c>repeat TEMPLATE N [--text]</c>.</param>
    public static void Main(string[] args)
    {
        if (args is ["generate", var directory, .. var sizes])
        {
            Directory.CreateDirectory(directory);
            (IReadOnlyList<int> Sizes, Func<int, string> FileName, Func<int, string> Yaml)[] families =
            [
                (GeneratedTemplate.Sizes, GeneratedTemplate.FileName, GeneratedTemplate.Yaml),
                (GeneratedHttpApiTemplate.Sizes, GeneratedHttpApiTemplate.FileName, GeneratedHttpApiTemplate.Yaml),
                (ConfiguredApiTemplate.Http.Sizes, ConfiguredApiTemplate.Http.FileName, ConfiguredApiTemplate.Http.Yaml),
                (ConfiguredApiTemplate.Rest.Sizes, ConfiguredApiTemplate.Rest.FileName, ConfiguredApiTemplate.Rest.Yaml),
            ];
            foreach (var family in families)
            {
                foreach (var size in sizes.Length == 0 ? family.Sizes : sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList())
                {
                    Write(Path.Combine(directory, family.FileName(size)), family.Yaml(size));
                }
            }

            return;
        }

        if (args is ["scale", .. var scaleSizes])
        {
            var scaleList = new List<int>();
            foreach (var text in scaleSizes)
            {
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
                {
                    Console.Error.WriteLine("scale: '" + text + "' is not a number of functions (1 or more).");
                    Environment.ExitCode = 2;
                    return;
                }

                scaleList.Add(size);
            }

            ScalingCheck.Run(scaleList.Count == 0 ? ScalingCheck.DefaultSizes : scaleList);
            return;
        }

        if (args is ["repeat", var template, var count])
        {
            Environment.ExitCode = RepeatCommand.Run(template, count, fromText: false);
            return;
        }

        if (args is ["repeat", var textTemplate, var textCount, "--text"])
        {
            Environment.ExitCode = RepeatCommand.Run(textTemplate, textCount, fromText: true);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Write(string path, string text)
    {
        File.WriteAllText(path, text);
        Console.WriteLine(path);
    }
}
