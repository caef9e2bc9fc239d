namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// Where each template's lines are in a <c>PolicyTemplates.yaml</c> file, found by its layout (a <c>FormatVersion</c>,
/// then <c>Templates:</c> whose entries start at two spaces of indentation) without parsing it, so that a process
/// parses only the templates its template uses: the whole file is some 80 templates of YAML, which took about a tenth
/// of a one-function run. Each template's text is then read and checked as a catalogue of its own (see
/// <see cref="PolicyTemplateCatalog"/>); a test reads every one and compares them with the file parsed whole.
/// </summary>
internal static class PolicyTemplateCatalogIndex
{
    /// <summary>The header a template's lines are read under, as a one-template catalogue.</summary>
    public const string SectionHeader = "FormatVersion: 1\nTemplates:\n";

    /// <summary>The templates' names, in file order, with the start and length of each one's lines.</summary>
    /// <param name="text">The catalogue file.</param>
    /// <returns>The sections.</returns>
    /// <exception cref="InvalidDataException">The file does not have the layout.</exception>
    public static List<Section> Sections(string text)
    {
        // A list of a class, not of a value tuple: no ReadyToRun image holds List code over a tuple of int, so every
        // run that reads a policy template compiled it (README, Performance).
        var sections = new List<Section>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sawVersion = false;
        var inTemplates = false;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
            if (line.Length > 0 && line[0] != ' ' && line[0] != '#')
            {
                // A top-level key: the version, then the templates; nothing may follow them.
                if (line.SequenceEqual("FormatVersion: 1") && !sawVersion && !inTemplates)
                {
                    sawVersion = true;
                }
                else if (line.SequenceEqual("Templates:") && sawVersion && !inTemplates)
                {
                    inTemplates = true;
                }
                else
                {
                    throw Invalid("unexpected top-level line '" + line.ToString() + "'");
                }
            }
            else if (inTemplates && line.Length > 3 && line[0] == ' ' && line[1] == ' ' && line[2] != ' ' && line[2] != '#')
            {
                if (line[^1] != ':' || !names.Add(line[2..^1].ToString()))
                {
                    throw Invalid("a template must start with a line '  <Name>:' of a name not seen before: '" + line.ToString() + "'");
                }

                sections.Add(new Section(line[2..^1].ToString(), start));
            }

            if (sections.Count > 0)
            {
                // A template's lines run to the next template's or to the end of the file.
                sections[^1].Length = next - sections[^1].Start;
            }

            start = next;
        }

        return sections.Count > 0 ? sections : throw Invalid("Templates must be a non-empty map under FormatVersion: 1");
    }

    /// <summary>A template's name and where its lines are in the file.</summary>
    internal sealed class Section(string name, int start)
    {
        /// <summary>The template's name.</summary>
        public string Name { get; } = name;

        /// <summary>Where its first line starts.</summary>
        public int Start { get; } = start;

        /// <summary>How many characters its lines take, line breaks included.</summary>
        public int Length { get; set; }
    }

    private static InvalidDataException Invalid(string message) =>
        new("The policy-template catalogue is invalid: " + message + ".");
}
