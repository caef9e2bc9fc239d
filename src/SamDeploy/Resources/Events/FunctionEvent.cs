using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events;

/// <summary>One entry of a function's <c>Events</c>, with everything an <see cref="IEventSource"/> needs to transform it.</summary>
internal sealed class FunctionEvent
{
    public FunctionEvent(FunctionScope function, string eventId, JObject definition)
    {
        Function = function;
        EventId = eventId;
        Definition = definition;
        Properties = definition["Properties"] as JObject ?? [];
    }

    /// <summary>The function the event belongs to.</summary>
    public FunctionScope Function { get; }

    /// <summary>The event's key in <c>Events</c> (the reference's relative id).</summary>
    public string EventId { get; }

    /// <summary>The logical id generated resources start with: the function's id followed by the event's.</summary>
    public string LogicalId => Function.LogicalId + EventId;

    /// <summary>The event's definition (Type and Properties).</summary>
    public JObject Definition { get; }

    /// <summary>The event's properties.</summary>
    public JObject Properties { get; }

    /// <summary>The transform in progress.</summary>
    public TransformContext Context => Function.Context;

    /// <summary>The Lambda function resource.</summary>
    public CfnResource Lambda { get; internal set; } = null!;

    /// <summary>The alias when AutoPublishAlias is set; events then invoke the alias, not the function.</summary>
    public CfnResource? Alias { get; internal set; }

    /// <summary>What the event invokes: the alias when there is one, else the function.</summary>
    public CfnResource Target => Alias ?? Lambda;

    /// <summary>The generated execution role; null when the function names its own Role.</summary>
    public CfnResource? Role { get; internal set; }

    /// <summary>State an event source keeps between <see cref="IEventSource.Link"/> and <see cref="IEventSource.Transform"/>.</summary>
    public object? Linked { get; set; }

    /// <summary>A property's value; null when absent or null.</summary>
    public JToken? this[string name] => Properties[name] is { Type: not JTokenType.Null } value ? value : null;

    /// <summary>An error about this event: <c>Event with id [EventId] is invalid. MESSAGE</c> (reported on the function as the reference does).</summary>
    public SamTemplateException Error(string message, JToken? at = null) =>
        TemplateErrors.Resource(Function.LogicalId, $"Event with id [{EventId}] is invalid. {message}", at ?? Definition, "Events");

    /// <summary>An error about one of the event's generated resources: <c>Resource with id [LogicalId] is invalid. MESSAGE</c>.</summary>
    public SamTemplateException ResourceError(string message, JToken? at = null) =>
        TemplateErrors.Resource(LogicalId, message, at ?? Definition, "Events");
}
