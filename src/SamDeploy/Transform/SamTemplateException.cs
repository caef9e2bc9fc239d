using SamDeploy.Diagnostics;

namespace SamDeploy.Transform;

/// <summary>
/// Thrown by a resource transformer or template plugin to report a user's mistake; the transformer turns it into
/// diagnostics. Any other exception escaping the library is a bug.
/// </summary>
public sealed class SamTemplateException : Exception
{
    /// <summary>Creates the exception for one diagnostic.</summary>
    /// <param name="diagnostic">What is wrong.</param>
    public SamTemplateException(Diagnostic diagnostic)
        : base(diagnostic?.FullMessage)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostics = [diagnostic];
    }

    /// <summary>Creates the exception for several diagnostics found together.</summary>
    /// <param name="diagnostics">What is wrong.</param>
    public SamTemplateException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics is { Count: > 0 } ? diagnostics[0].FullMessage : "Invalid template.")
    {
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
    }

    /// <summary>What is wrong.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Whether the mistake stops the whole transform, reported alone (the reference's <c>InvalidDocumentException</c>
    /// raised while a resource is transformed), instead of failing only its resource.
    /// </summary>
    public bool StopsTransform { get; init; }
}
