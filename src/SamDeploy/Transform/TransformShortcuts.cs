namespace SamDeploy.Transform;

/// <summary>
/// The switch that checks the transform's shortcuts: work it leaves out because it can show that the work would change
/// nothing (taking the template's plain resources over instead of copying them, see <see cref="DeferredResources"/>;
/// skipping the walk that rewrites references such as <c>MyFunction.Alias</c> when nothing can name one, see
/// <see cref="Resources.RecordedReferenceScan"/>).
/// </summary>
internal static class TransformShortcuts
{
    /// <summary>
    /// The name of the <see cref="AppContext"/> switch (the test projects set it) that makes each shortcut check its
    /// claim: a resource taken over must not have changed, and the skipped walk, run anyway, must rewrite nothing.
    /// A broken claim is an internal error.
    /// </summary>
    public const string StrictSwitch = "SamDeploy.Transform.StrictShortcuts";

    /// <summary>Whether <see cref="StrictSwitch"/> is on.</summary>
    public static readonly bool Strict = AppContext.TryGetSwitch(StrictSwitch, out var strict) && strict;
}
