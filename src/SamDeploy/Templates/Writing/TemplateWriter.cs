using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.Writing;

/// <summary>Writes a template tree as JSON or YAML text, deterministically: the same tree always gives the same bytes.</summary>
public static class TemplateWriter
{
    /// <summary>Writes <paramref name="template"/> in <paramref name="format"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="format">JSON (the default) or YAML.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Write(JToken template, TemplateFormat format = TemplateFormat.Json)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(template, text, format);
        return text.ToString();
    }

    /// <summary>
    /// Writes <paramref name="template"/> in <paramref name="format"/> to <paramref name="output"/> as it goes, without
    /// building the whole text first (a large template's text would be one more large string to collect). Lines end
    /// with <c>\n</c> whatever <paramref name="output"/>'s <see cref="TextWriter.NewLine"/> is; the writer is flushed,
    /// not closed.
    /// </summary>
    /// <param name="template">The template.</param>
    /// <param name="output">Where the text goes.</param>
    /// <param name="format">JSON (the default) or YAML.</param>
    public static void Write(JToken template, TextWriter output, TemplateFormat format = TemplateFormat.Json)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(output);
        var newLine = output.NewLine;
        output.NewLine = "\n";
        try
        {
            if (format == TemplateFormat.Yaml)
            {
                YamlTemplateWriter.Write(template, output);
            }
            else
            {
                WriteJson(template, output);
            }

            output.Flush();
        }
        finally
        {
            output.NewLine = newLine;
        }
    }

    /// <summary>Writes <paramref name="template"/> as JSON indented by two spaces.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string WriteJson(JToken template) => Write(template, TemplateFormat.Json);

    private static void WriteJson(JToken template, TextWriter output)
    {
        JsonTemplateWriter.Write(template, output);
        output.Write('\n');
    }
}
