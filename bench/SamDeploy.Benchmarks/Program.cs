using System.Globalization;
using BenchmarkDotNet.Running;

namespace SamDeploy.Benchmarks;

/// <summary>
/// Runs the benchmarks (any BenchmarkDotNet arguments, e.g. <c>--filter *Generated*</c>), or, with
/// <c>generate DIR</c>, writes the generated templates to DIR so <c>samdeploy bench</c>, <c>samdeploy transform</c>
/// and the reference can be timed on the same files.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>generate DIR [SIZE...]</c>.</param>
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Write(string path, string text)
    {
        File.WriteAllText(path, text);
        Console.WriteLine(path);
    }
}
