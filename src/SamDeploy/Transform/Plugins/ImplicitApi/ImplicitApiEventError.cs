using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>An event's mistake found by an implicit API plugin; the plugin reports it on the function and goes on.</summary>
internal sealed class ImplicitApiEventError(string eventId, string message, JToken? at) : Exception(message)
{
    public string EventId { get; } = eventId;

    public JToken? At { get; } = at;
}
