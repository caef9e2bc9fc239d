using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Conformance;

/// <summary>The tiers of <c>tiers.json</c> and the cases in them; a case in several tiers appears once.</summary>
internal sealed class TierCatalog
{
    private TierCatalog(ImmutableArray<string> tiers, ImmutableDictionary<string, CorpusCase> cases)
    {
        Tiers = tiers;
        Cases = cases;
    }

    /// <summary>The tier names, in file order.</summary>
    public ImmutableArray<string> Tiers { get; }

    /// <summary>Every case, by name.</summary>
    public ImmutableDictionary<string, CorpusCase> Cases { get; }

    /// <summary>Reads <c>tiers.json</c> from <paramref name="corpusDirectory"/>.</summary>
    public static TierCatalog Load(string corpusDirectory)
    {
        var root = JObject.Parse(File.ReadAllText(Path.Combine(corpusDirectory, "tiers.json")));
        var tiers = ImmutableArray.CreateBuilder<string>();
        var membership = new Dictionary<string, (bool IsError, List<string> Tiers)>(StringComparer.Ordinal);
        foreach (var tier in root.Properties())
        {
            tiers.Add(tier.Name);
            foreach (var (kind, isError) in new[] { ("success", false), ("error", true) })
            {
                foreach (var name in tier.Value[kind]?.Values<string>() ?? [])
                {
                    if (name is null)
                    {
                        continue;
                    }

                    if (!membership.TryGetValue(name, out var entry))
                    {
                        entry = (isError, new List<string>());
                        membership[name] = entry;
                    }

                    entry.Tiers.Add(tier.Name);
                }
            }
        }

        var cases = membership.ToImmutableDictionary(
            p => p.Key,
            p => new CorpusCase(p.Key, p.Value.IsError, [.. p.Value.Tiers]),
            StringComparer.Ordinal);
        return new TierCatalog(tiers.ToImmutable(), cases);
    }

    /// <summary>The cases of one kind, sorted by name.</summary>
    public IEnumerable<CorpusCase> CasesOfKind(bool isError) =>
        Cases.Values.Where(c => c.IsError == isError).OrderBy(c => c.Name, StringComparer.Ordinal);
}
