using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Function;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events;

/// <summary>Reads, checks, links and transforms a function's <c>Events</c> in the reference's two phases.</summary>
internal static class FunctionEvents
{
    /// <summary>The reference's <c>resources_to_link</c>: resolve each event's type, check it, and link it to template resources.</summary>
    public static List<(FunctionEvent Event, IEventSource? Source)> Prepare(FunctionScope function)
    {
        var prepared = new List<(FunctionEvent, IEventSource?)>();
        if (function["Events"] is not JObject events)
        {
            return prepared;
        }

        // A template with a REST API has its Events converted to a Python 2.7 map, so the reference walks them in
        // that map's order: it decides which event's error comes first and, for events on one Path, which event
        // writes into a shared API definition first.
        foreach (var property in Py27.Properties(events))
        {
            var definition = property.Value as JObject;
            var type = definition?["Type"] is JValue { Type: JTokenType.String } t ? (string?)t : null;
            if (definition is null)
            {
                // The reference calls .get on the value, so a non-map event fails with Python's AttributeError text.
                throw TemplateErrors.Resource(
                    function.LogicalId,
                    $"Event with id [{property.Name}] is invalid. '{PythonStr.TypeName(property.Value)}' object has no attribute 'get'",
                    property.Value,
                    "Events");
            }

            if (type is null || !EventSources.ReferenceTypes.Contains(type))
            {
                var shown = definition["Type"] is { Type: not JTokenType.Null } value ? PythonStr.Format(value) : "None";
                throw TemplateErrors.Resource(
                    function.LogicalId,
                    $"Event with id [{property.Name}] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: {shown}.",
                    property.Value,
                    "Events");
            }

            var source = EventSources.Find(type);
            var evt = new FunctionEvent(function, property.Name, definition);
            if (source is not null)
            {
                Validate(evt, source);
                source.Link(evt);
            }

            prepared.Add((evt, source));
        }

        return prepared;
    }

    /// <summary>The resources of every event, in the reference's order (by Path, else by event id).</summary>
    public static IEnumerable<CfnResource> Generate(List<(FunctionEvent Event, IEventSource? Source)> prepared, CfnResource lambda, CfnResource? alias, CfnResource? role)
    {
        // An event type SamDeploy does not support yet fails the function here, where the reference would first use it,
        // so the reference's earlier errors still come first.
        foreach (var (evt, source) in prepared)
        {
            if (source is null)
            {
                throw TemplateErrors.NotSupported(
                    evt.Function.LogicalId,
                    $"Event sources of type '{(string?)evt.Definition["Type"]}' are not supported by this version of SamDeploy yet (event '{evt.EventId}').",
                    evt.Definition);
            }
        }

        foreach (var (evt, source) in InReferenceOrder(prepared))
        {
            evt.Lambda = lambda;
            evt.Alias = alias;
            evt.Role = role;
            foreach (var resource in source!.Transform(evt))
            {
                yield return resource;
            }
        }
    }

    /// <summary>
    /// The reference's <c>sorted(events, key=Path or event id)</c>: stable, ordinal. Written as an insertion sort (a
    /// function has a handful of events) because LINQ's sorter over these tuples is JIT-compiled on every CLI run.
    /// </summary>
    private static List<(FunctionEvent Event, IEventSource? Source)> InReferenceOrder(List<(FunctionEvent Event, IEventSource? Source)> prepared)
    {
        var ordered = new List<(FunctionEvent Event, IEventSource? Source)>(prepared.Count);
        var keys = new List<string>(prepared.Count);
        foreach (var item in prepared)
        {
            var key = item.Event.Properties["Path"] is JValue { Type: JTokenType.String } path ? (string)path! : item.Event.EventId;
            var at = keys.Count;
            while (at > 0 && string.CompareOrdinal(keys[at - 1], key) > 0)
            {
                at--;
            }

            keys.Insert(at, key);
            ordered.Insert(at, item);
        }

        return ordered;
    }

    private static void Validate(FunctionEvent evt, IEventSource source)
    {
        if (!SamDeploy.Templates.LogicalIds.LogicalIdText.IsAlphanumeric(evt.LogicalId))
        {
            throw evt.ResourceError("Logical ids must be alphanumeric.");
        }

        if (evt.Definition.TryGetValue("Properties", StringComparison.Ordinal, out var properties) && properties is not JObject)
        {
            throw evt.ResourceError(TemplateErrors.PropertiesNotAnObject, properties);
        }

        PropertySpec.RejectUnknown(evt.LogicalId, source.Type, evt.Properties, source.Properties);
        PropertySpec.Validate(evt.LogicalId, evt.Properties, source.Properties);
    }
}
