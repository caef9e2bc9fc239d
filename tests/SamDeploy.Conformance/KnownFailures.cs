using System.Collections.Immutable;
using System.Text;

namespace SamDeploy.Conformance;

/// <summary>
/// The checked-in list of cases not yet expected to match the reference (<c>known-failures.txt</c>):
/// one case name a line, sorted; <c>#</c> starts a comment, on its own line or after a name.
/// </summary>
internal sealed class KnownFailures
{
    /// <summary>The file name, in the conformance project folder.</summary>
    public const string FileName = "known-failures.txt";

    private static readonly string[] DefaultHeader =
    [
        "# Corpus cases not yet expected to match aws-sam-translator 1.110.0.",
        "# One case name a line, sorted; '#' starts a comment (a reason may follow a name).",
        "# A listed case that fails is reported as failing-as-expected; a listed case that",
        "# passes fails its test until it is removed from this list. The list only shrinks:",
        "#   SAMDEPLOY_UPDATE_KNOWN_FAILURES=1 dotnet test tests/SamDeploy.Conformance",
        "# removes every listed case that now passes. Regenerating from scratch",
        "# (SAMDEPLOY_UPDATE_KNOWN_FAILURES=regenerate) also adds failing cases: use it only",
        "# when the corpus itself changes, never to hide a regression.",
    ];

    private KnownFailures(ImmutableArray<string> header, ImmutableDictionary<string, string> entries)
    {
        Header = header;
        Entries = entries;
    }

    /// <summary>The comment lines above the first entry.</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>The listed cases, each with its trailing comment (empty when none).</summary>
    public ImmutableDictionary<string, string> Entries { get; }

    /// <summary>Whether <paramref name="name"/> is listed.</summary>
    public bool Contains(string name) => Entries.ContainsKey(name);

    /// <summary>Reads the list; an empty list when the file does not exist.</summary>
    public static KnownFailures Load(string path)
    {
        var header = ImmutableArray.CreateBuilder<string>();
        var entries = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new KnownFailures([.. DefaultHeader], entries.ToImmutable());
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var name = (hash < 0 ? line : line[..hash]).Trim();
            if (name.Length == 0)
            {
                if (entries.Count == 0 && line.Length > 0)
                {
                    header.Add(line);
                }

                continue;
            }

            entries[name] = hash < 0 ? string.Empty : line[hash..];
        }

        return new KnownFailures(header.Count == 0 ? [.. DefaultHeader] : header.ToImmutable(), entries.ToImmutable());
    }

    /// <summary>A copy with <paramref name="removed"/> taken off and <paramref name="added"/> put on.</summary>
    public KnownFailures With(IEnumerable<string> removed, IEnumerable<string> added)
    {
        var entries = Entries.ToBuilder();
        foreach (var name in removed)
        {
            entries.Remove(name);
        }

        foreach (var name in added)
        {
            if (!entries.ContainsKey(name))
            {
                entries[name] = string.Empty;
            }
        }

        return new KnownFailures(Header, entries.ToImmutable());
    }

    /// <summary>Writes the list, sorted, to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var text = new StringBuilder();
        foreach (var line in Header)
        {
            text.Append(line).Append('\n');
        }

        foreach (var (name, comment) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name);
            if (comment.Length > 0)
            {
                text.Append("  ").Append(comment);
            }

            text.Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
