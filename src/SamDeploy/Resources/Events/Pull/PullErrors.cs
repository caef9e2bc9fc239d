using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// The reference names a pull event in its errors in three ways; these build each one, reported like the reference.
/// </summary>
internal static class PullErrors
{
    /// <summary>An event error naming the event by its key: <c>Event with id [MyQueue] is invalid. MESSAGE</c>.</summary>
    public static SamTemplateException Event(FunctionEvent evt, string message, JToken? at = null) => evt.Error(message, at);

    /// <summary>An event error naming the event by its full logical id (function id + key), as some checks do.</summary>
    public static SamTemplateException EventByLogicalId(FunctionEvent evt, string message, JToken? at = null) =>
        TemplateErrors.Resource(evt.Function.LogicalId, $"Event with id [{evt.LogicalId}] is invalid. {message}", at ?? evt.Definition, "Events");

    /// <summary>A resource error that names the event's key as if it were a resource id (the self-managed Kafka map check).</summary>
    public static SamTemplateException ResourceNamedByEventId(FunctionEvent evt, string message, JToken? at = null) =>
        TemplateErrors.Resource(evt.EventId, message, at ?? evt.Definition, "Events");

    /// <summary><c>Property 'PATH' should be a TYPE.</c>: the reference's type check of a value inside an event property.</summary>
    public static string ShouldBe(string path, string type) => $"Property '{path}' should be a {type}.";
}
