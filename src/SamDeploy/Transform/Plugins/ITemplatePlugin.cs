namespace SamDeploy.Transform.Plugins;

/// <summary>
/// A template-wide step (Globals, implicit APIs, policy templates, ...). Plugins run in the fixed order of
/// <see cref="TemplatePlugins.Default"/>: every <see cref="BeforeResources"/> before the resources are transformed,
/// every <see cref="AfterResources"/> after.
/// </summary>
public interface ITemplatePlugin
{
    /// <summary>A short name, shown in diagnostics and documentation.</summary>
    string Name { get; }

    /// <summary>Runs before any resource is transformed, on the SAM template in <see cref="TransformContext.Template"/>.</summary>
    /// <param name="context">The transform in progress.</param>
    void BeforeResources(TransformContext context);

    /// <summary>
    /// Runs just before one serverless resource is transformed (the reference's per-resource hook); a
    /// <see cref="SamTemplateException"/> thrown here fails only that resource.
    /// </summary>
    /// <param name="resource">The resource about to be transformed.</param>
    /// <param name="context">The transform in progress.</param>
    void BeforeResource(SamResource resource, TransformContext context)
    {
    }

    /// <summary>Runs after every resource was transformed, on <see cref="TransformContext.Output"/>.</summary>
    /// <param name="context">The transform in progress.</param>
    void AfterResources(TransformContext context);
}
