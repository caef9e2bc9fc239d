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
            foreach (var size in sizes.Length == 0 ? GeneratedTemplate.Sizes : sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList())
            {
                Write(Path.Combine(directory, GeneratedTemplate.FileName(size)), GeneratedTemplate.Yaml(size));
            }

            foreach (var size in sizes.Length == 0 ? GeneratedHttpApiTemplate.Sizes : sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList())
            {
                Write(Path.Combine(directory, GeneratedHttpApiTemplate.FileName(size)), GeneratedHttpApiTemplate.Yaml(size));
            }

            foreach (var size in sizes.Length == 0 ? GeneratedConfiguredHttpApiTemplate.Sizes : sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList())
            {
                Write(Path.Combine(directory, GeneratedConfiguredHttpApiTemplate.FileName(size)), GeneratedConfiguredHttpApiTemplate.Yaml(size));
            }

            foreach (var size in sizes.Length == 0 ? GeneratedConfiguredRestApiTemplate.Sizes : sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList())
            {
                Write(Path.Combine(directory, GeneratedConfiguredRestApiTemplate.FileName(size)), GeneratedConfiguredRestApiTemplate.Yaml(size));
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
