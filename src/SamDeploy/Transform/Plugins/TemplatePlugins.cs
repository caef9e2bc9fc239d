namespace SamDeploy.Transform.Plugins;

/// <summary>The template plugins and the one fixed order they run in.</summary>
internal static class TemplatePlugins
{
    /// <summary>
    /// The built-in plugins, in the reference's order: default API definitions, the implicit REST and HTTP APIs,
    /// Globals (which then apply to the implicit APIs too), policy templates.
    /// </summary>
    /// <returns>A new list of the built-in plugins.</returns>
    public static IReadOnlyList<ITemplatePlugin> Default() =>
    [
        new ImplicitApi.Py27CompatibilityPlugin(),
        new ImplicitApi.DefaultDefinitionBodyPlugin(),
        new ImplicitApi.ImplicitRestApiPlugin(),
        new ImplicitApi.ImplicitHttpApiPlugin(),
        new Globals.GlobalsPlugin(),
        new Resources.Function.Policies.PolicyTemplatesPlugin(),
        new Resources.CodeDeploy.CodeDeployStackPlugin(),
        new EmbeddedConnectors.EmbeddedConnectorsPlugin(),
    ];
}
