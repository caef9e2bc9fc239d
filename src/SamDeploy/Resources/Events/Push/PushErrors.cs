using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Push;

/// <summary>Errors that the reference raises with an id other than the event's own key.</summary>
internal static class PushErrors
{
    /// <summary>
    /// <c>Event with id [LogicalId] is invalid. MESSAGE</c>, reported on the function: some of the reference's checks
    /// name the event by its full logical id (function id + event id) instead of its key.
    /// </summary>
    public static SamTemplateException ByLogicalId(FunctionEvent evt, string message, JToken? at = null) =>
        TemplateErrors.Resource(evt.Function.LogicalId, $"Event with id [{evt.LogicalId}] is invalid. {message}", at ?? evt.Definition, "Events");

    /// <summary>A mistake in a template resource an event links to: <c>Resource with id [ID] is invalid. MESSAGE</c>.</summary>
    public static SamTemplateException Linked(string logicalId, string message, JToken? at) =>
        TemplateErrors.Resource(logicalId, message, at);
}
