using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates;

namespace SamDeploy.Transform;

/// <summary>Builds the exceptions that carry a user's mistake, each placed at the node it is about.</summary>
public static class TemplateErrors
{
    /// <summary>The reference's message for a resource whose <c>Properties</c> are not a map, wherever it reads one.</summary>
    internal const string PropertiesNotAnObject = "Properties of a resource must be an object.";

    /// <summary>A mistake in one resource: <c>Resource with id [ID] is invalid. MESSAGE</c>.</summary>
    /// <param name="logicalId">The resource's logical id.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="at">The node the mistake is in, for its position.</param>
    /// <param name="property">The property the mistake is in.</param>
    /// <returns>The exception to throw.</returns>
    public static SamTemplateException Resource(string logicalId, string message, JToken? at = null, string? property = null) =>
        new(new Diagnostic(DiagnosticCatalog.InvalidResource, DiagnosticKind.Resource, message, logicalId, SourceInfo.GetSpan(at), property));

    /// <summary>A mistake in the template's structure: <c>Structure of the SAM template is invalid. MESSAGE</c>.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="at">The node the mistake is in.</param>
    /// <returns>The exception to throw.</returns>
    public static SamTemplateException Template(string message, JToken? at = null) =>
        new(new Diagnostic(DiagnosticCatalog.InvalidTemplate, DiagnosticKind.Template, message, span: SourceInfo.GetSpan(at)));

    /// <summary>
    /// A mistake in the template's structure that stops the whole transform and is reported alone, like the
    /// reference's <c>InvalidDocumentException</c> raised while it transforms a resource.
    /// </summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="at">The node the mistake is in.</param>
    /// <returns>The exception to throw.</returns>
    public static SamTemplateException Document(string message, JToken? at = null) =>
        new(new Diagnostic(DiagnosticCatalog.InvalidTemplate, DiagnosticKind.Template, message, span: SourceInfo.GetSpan(at))) { StopsTransform = true };

    /// <summary>A mistake in the Globals section: <c>'Globals' section is invalid. MESSAGE</c>.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="at">The node the mistake is in.</param>
    /// <returns>The exception to throw.</returns>
    public static SamTemplateException Globals(string message, JToken? at = null) =>
        new(new Diagnostic(DiagnosticCatalog.InvalidGlobals, DiagnosticKind.Globals, message, span: SourceInfo.GetSpan(at)));

    /// <summary>A mistake in an event source: <c>Event with id [ID] is invalid. MESSAGE</c>.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="at">The node the mistake is in.</param>
    /// <returns>The exception to throw.</returns>
    public static SamTemplateException Event(string eventId, string message, JToken? at = null) =>
        new(new Diagnostic(DiagnosticCatalog.InvalidEvent, DiagnosticKind.Event, message, eventId, SourceInfo.GetSpan(at)));

    /// <summary>A feature SamDeploy does not support yet, reported against a resource.</summary>
    /// <param name="logicalId">The resource's logical id.</param>
    /// <param name="message">What is not supported.</param>
    /// <param name="at">The node that uses it.</param>
    /// <returns>The exception to throw.</returns>
    public static SamTemplateException NotSupported(string logicalId, string message, JToken? at = null) =>
        new(new Diagnostic(DiagnosticCatalog.NotSupported, DiagnosticKind.Resource, message, logicalId, SourceInfo.GetSpan(at)));
}
