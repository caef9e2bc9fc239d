using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// Applies the template's <c>Globals</c> section: validates it, merges each section's properties into every resource
/// of that type (see <see cref="GlobalsMerger"/>, honouring <c>IgnoreGlobals</c>), removes the section from the
/// template, aligns managed OpenAPI documents with a 3.x <c>OpenApiVersion</c>, and keeps the parsed section in
/// <see cref="AppliedGlobals"/> for later plugins.
/// </summary>
internal sealed class GlobalsPlugin : ITemplatePlugin
{
    /// <inheritdoc/>
    public string Name => "Globals";

    /// <inheritdoc/>
    public void BeforeResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = context.Template;
        var section = template.TryGetValue(GlobalsSection.Keyword, StringComparison.Ordinal, out var globals)
            ? GlobalsSection.Parse(globals)
            : GlobalsSection.Empty;

        foreach (var resource in new Templates.PropertyWalk(context.Resources))
        {
            if (resource.Value is JObject definition)
            {
                section.ApplyTo(resource.Name, definition);
            }
        }

        template.Remove(GlobalsSection.Keyword);
        OpenApiVersionFixer.Apply(template);
        context.State<AppliedGlobals>().Section = section;
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }
}
