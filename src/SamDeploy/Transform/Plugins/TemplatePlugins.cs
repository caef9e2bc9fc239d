namespace SamDeploy.Transform.Plugins;

/// <summary>The template plugins and the one fixed order they run in.</summary>
internal static class TemplatePlugins
{
    /// <summary>
    /// The built-in plugins, in order: Globals first (so every later step sees merged properties),
    /// then policy templates. Implicit APIs join this list with the event sources.
    /// </summary>
    /// <returns>A new list of the built-in plugins.</returns>
    public static IReadOnlyList<ITemplatePlugin> Default() =>
    [
        new ImplicitApi.Py27CompatibilityPlugin(),
        new ImplicitApi.DefaultDefinitionBodyPlugin(),
        new ImplicitApi.ImplicitRestApiPlugin(),
        new Globals.GlobalsPlugin(),
        new Resources.Function.Policies.PolicyTemplatesPlugin(),
        new Resources.CodeDeploy.CodeDeployStackPlugin(),
        new EmbeddedConnectors.EmbeddedConnectorsPlugin(),
    ];
}
