using CsCheck;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.TestData;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// The generator of the property tests: a real template (our samples, the fuzz seeds and, when present, every corpus
/// input, read where it lies), one to five mutations, and whether the mutant is written as YAML or JSON.
/// <c>SAMDEPLOY_PROPERTY_ITERATIONS</c> sets how many cases a property tries (default 150, a few seconds).
/// </summary>
internal static class MutationCases
{
    private static readonly Lazy<IReadOnlyList<(string Name, JObject Template)>> LazySeeds = new(LoadSeeds);

    private static readonly Lazy<IReadOnlyList<int>> LazyTransformingSeeds = new(() =>
    {
        var transformer = new SamDeploy.Transform.SamTransformer(RobustTransform.For("aws", "us-east-1"));
        return [.. Enumerable.Range(0, Seeds.Count).Where(i => transformer.Transform(Seeds[i].Template).Success)];
    });

    /// <summary>The templates mutations start from.</summary>
    public static IReadOnlyList<(string Name, JObject Template)> Seeds => LazySeeds.Value;

    /// <summary>Cases each property tries.</summary>
    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("SAMDEPLOY_PROPERTY_ITERATIONS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 150;

    /// <summary>One mutation.</summary>
    public static Gen<Mutation> Mutation { get; } =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], (kind, target, payload) => new Mutation(kind, target, payload));

    /// <summary>A case: which seed, which mutations, YAML or JSON text.</summary>
    public static Gen<(int Seed, Mutation[] Mutations, bool Yaml)> Case { get; } =
        Gen.Select(Gen.Int[0, Seeds.Count - 1], Mutation.Array[1, 5], Gen.Bool);

    /// <summary>
    /// Cases drawn only from seeds that transform as they are, so that most mutants still transform and have output
    /// to check for lost data.
    /// </summary>
    public static Gen<(int Seed, Mutation[] Mutations, bool Yaml)> TransformingCase { get; } =
        Gen.Select(Gen.Int[0, TransformingSeeds.Count - 1], Mutation.Array[1, 3], Gen.Bool).Select(c => (TransformingSeeds[c.Item1], c.Item2, c.Item3));

    private static IReadOnlyList<int> TransformingSeeds => LazyTransformingSeeds.Value;

    /// <summary>The mutant tree of a case.</summary>
    public static JObject Mutant(int seed, Mutation[] mutations) => TemplateMutator.Apply(Seeds[seed].Template, mutations);

    /// <summary>The mutant as text, the way a user would hand it to the CLI.</summary>
    public static string Text(JObject mutant, bool yaml) =>
        yaml ? TemplateWriter.Write(mutant, TemplateFormat.Yaml) : mutant.ToString(Formatting.Indented);

    /// <summary>How a failing case is shown: the seed's name and the mutations, enough to rebuild it.</summary>
    public static string Describe((int Seed, Mutation[] Mutations, bool Yaml) c) =>
        Seeds[c.Seed].Name + " " + string.Join(", ", c.Mutations) + (c.Yaml ? " as YAML" : " as JSON");

    private static IReadOnlyList<(string Name, JObject Template)> LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "samples"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Fuzz", "seeds")).Order(StringComparer.Ordinal))
            .Concat(Corpus.InputFiles());
        return [.. files
            .Select(f => (Name: Path.GetFileName(f), Read: TemplateReader.Read(File.ReadAllText(f))))
            .Where(s => s.Read.Template is not null)
            .Select(s => (s.Name, s.Read.Template!))];
    }
}
