namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// The Globals section of the template being transformed, kept in <see cref="TransformContext.State{T}"/> after the
/// Globals plugin removed it from the template. Later steps that add serverless resources of their own (the implicit
/// REST and HTTP APIs, which the reference creates before it applies Globals) use it to give those resources the
/// same treatment: <see cref="GlobalsSection.ApplyTo"/>, then <see cref="OpenApiVersionFixer.ApplyToResource"/>;
/// and <see cref="GlobalsSection.PropertiesFor"/> gives the section as written (the reference's implicit API plugin
/// reads <c>Globals.Function.Tags</c> and <c>PropagateTags</c> from it, ignoring <c>IgnoreGlobals</c>).
/// </summary>
internal sealed class AppliedGlobals
{
    /// <summary>The parsed section; <see cref="GlobalsSection.Empty"/> until the Globals plugin ran, or when the template has none.</summary>
    public GlobalsSection Section { get; internal set; } = GlobalsSection.Empty;
}
