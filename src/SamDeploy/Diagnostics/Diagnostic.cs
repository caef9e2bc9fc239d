using System.Globalization;

namespace SamDeploy.Diagnostics;

/// <summary>One problem found in a template: what, where, and about which resource.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The kind of diagnostic.</param>
    /// <param name="kind">Which part of the template it is about.</param>
    /// <param name="message">The message, without the part prefix (for example without <c>Resource with id [X] is invalid.</c>).</param>
    /// <param name="subjectId">The logical id of the resource, or the event id, the message is about.</param>
    /// <param name="span">Where in the source text, when known.</param>
    /// <param name="property">The property path the message is about, when known.</param>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticKind kind, string message, string? subjectId = null, SourceSpan? span = null, string? property = null)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Kind = kind;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        SubjectId = subjectId;
        Span = span;
        Property = property;
    }

    /// <summary>The kind of diagnostic.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable id, such as <c>SAM0020</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>Which part of the template the diagnostic is about.</summary>
    public DiagnosticKind Kind { get; }

    /// <summary>The message without its part prefix.</summary>
    public string Message { get; }

    /// <summary>The logical id (or event id) the message is about, if any.</summary>
    public string? SubjectId { get; }

    /// <summary>Where in the source text the problem is, when the template came from text.</summary>
    public SourceSpan? Span { get; }

    /// <summary>The property the message is about, when known.</summary>
    public string? Property { get; }

    /// <summary>The message as the reference transform words it, with its part prefix.</summary>
    public string FullMessage => Kind switch
    {
        DiagnosticKind.Template => "Structure of the SAM template is invalid. " + Message,
        DiagnosticKind.Globals => "'Globals' section is invalid. " + Message,
        DiagnosticKind.Resource => "Resource with id [" + SubjectId + "] is invalid. " + Message,
        DiagnosticKind.Event => "Event with id [" + SubjectId + "] is invalid. " + Message,
        _ => Message,
    };

    /// <summary>Returns a copy of this diagnostic placed at <paramref name="span"/>.</summary>
    /// <param name="span">The position.</param>
    /// <returns>The placed diagnostic.</returns>
    public Diagnostic WithSpan(SourceSpan? span) => new(Descriptor, Kind, Message, SubjectId, span, Property);

    /// <summary>Formats as <c>FILE(LINE,COL): error SAMxxxx: message</c> (the position only when known).</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var prefix = Span is null ? string.Empty : Span.ToString() + ": ";
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{severity} {Id}: {FullMessage}");
    }
}
