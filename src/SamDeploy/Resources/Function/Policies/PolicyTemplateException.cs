namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// Thrown by <see cref="PolicyTemplateCatalog.Expand"/> when a template cannot be expanded. The message is the
/// reference transform's own text for that case; <see cref="PolicyTemplatesPlugin"/> turns it into a resource error.
/// </summary>
internal sealed class PolicyTemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Why the template could not be expanded.</param>
    /// <param name="templateName">The template's name.</param>
    /// <param name="message">What is wrong, in the reference's words.</param>
    public PolicyTemplateException(PolicyTemplateErrorKind kind, string templateName, string message)
        : base(message)
    {
        Kind = kind;
        TemplateName = templateName;
    }

    /// <summary>Why the template could not be expanded.</summary>
    public PolicyTemplateErrorKind Kind { get; }

    /// <summary>The name of the template that could not be expanded.</summary>
    public string TemplateName { get; }
}
