using Newtonsoft.Json;
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
        return format == TemplateFormat.Yaml ? YamlTemplateWriter.Write(template) : WriteJson(template);
    }

    /// <summary>Writes <paramref name="template"/> as JSON indented by two spaces.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string WriteJson(JToken template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var builder = new System.Text.StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)))
        {
            writer.Formatting = Formatting.Indented;
            writer.Indentation = 2;
            writer.FloatFormatHandling = FloatFormatHandling.String;
            template.WriteTo(writer);
        }

        builder.Append('\n');
        return builder.ToString();
    }
}
