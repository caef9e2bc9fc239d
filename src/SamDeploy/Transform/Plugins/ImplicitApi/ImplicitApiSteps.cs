using Newtonsoft.Json.Linq;
using SamDeploy.Resources;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// The steps the implicit REST and HTTP API plugins share (the reference's <c>ImplicitApiPlugin</c> base): finding a
/// function's events of one type, checking an event's API id, path and method, tag propagation to the implicit API,
/// its Condition, DeletionPolicy and UpdateReplacePolicy from its functions, path conditions, and removing the
/// implicit API again when no event uses it.
/// </summary>
internal static class ImplicitApiSteps
{
    /// <summary>The reference rejects a resource whose Condition is not a string before it looks at it.</summary>
    public static void CheckCondition(JObject resource)
    {
        if (HasRejectedCondition(resource))
        {
            throw TemplateErrors.Template("Every Condition member must be a string.", resource["Condition"]);
        }
    }

    /// <summary>Whether the resource is a SAM resource (its Condition checked first).</summary>
    public static bool IsValidSamResource(JObject resource)
    {
        CheckCondition(resource);
        return resource["Type"] is JValue { Type: JTokenType.String } type && ((string)type!).StartsWith("AWS::Serverless::", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether an implicit-API plugin would leave the template as it found it: no resource has the implicit API's id,
    /// no function or state machine has an event of <paramref name="eventType"/>, no API of <paramref name="apiType"/>
    /// has a definition for the plugin to edit, and no resource has a Condition the plugin would reject. The plugin
    /// then skips building the API it would only remove again.
    /// </summary>
    public static bool NothingToDo(JObject resources, string implicitApiId, string eventType, string apiType)
    {
        if (resources.ContainsKey(implicitApiId))
        {
            return false;
        }

        foreach (var property in new Templates.PropertyWalk(resources))
        {
            if (property.Value is not JObject resource)
            {
                continue;
            }

            if (HasRejectedCondition(resource))
            {
                return false;
            }

            switch (resource["Type"] is JValue { Type: JTokenType.String } type ? (string?)type : null)
            {
                case "AWS::Serverless::Function" or "AWS::Serverless::StateMachine" when HasEventOfType(resource, eventType):
                    return false;
                case { } typeName when typeName == apiType
                    && resource["Properties"] is JObject properties && Truthiness.IsTruthy(properties[DefaultDefinitionBodyPlugin.ManageSwagger]):
                    return false;
            }
        }

        return true;
    }

    /// <summary>A truthy Condition that is not a string (CheckCondition's complaint).</summary>
    private static bool HasRejectedCondition(JObject resource) =>
        Truthiness.IsTruthy(resource["Condition"]) && resource["Condition"]!.Type != JTokenType.String;

    private static bool HasEventOfType(JObject resource, string eventType)
    {
        if (resource["Properties"] is JObject properties && properties["Events"] is JObject map)
        {
            foreach (var evt in new Templates.PropertyWalk(map))
            {
                if (IsEventOfType(evt.Value, eventType))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an entry of Events is a non-empty map of the given Type (the events the implicit APIs take).</summary>
    private static bool IsEventOfType(JToken? evt, string eventType) =>
        evt is JObject { Count: > 0 } map && map["Type"] is JValue { Type: JTokenType.String } type && (string?)type == eventType;

    /// <summary>A function's events of <paramref name="eventType"/>, in the order the reference walks them.</summary>
    public static List<(string Id, JObject Event)> Events(JObject resource, string eventType, bool py27Order)
    {
        var events = new List<(string, JObject)>();
        if (resource["Properties"] is JObject properties && properties["Events"] is JObject map)
        {
            IReadOnlyList<string> keys = py27Order ? Py27.Keys(map) : Templates.PropertyWalk.Names(map);
            for (var i = 0; i < keys.Count; i++)
            {
                var key = keys[i];
                if (map[key] is JObject evt && IsEventOfType(evt, eventType))
                {
                    events.Add((key, evt));
                }
            }
        }

        if (!py27Order)
        {
            return events;
        }

        // The reference collects them into a new Python 2.7 map and walks that.
        var order = Py27KeyOrder.FromInserts(events.Select(e => e.Item1)).Keys;
        return [.. order.Select(id => events.First(e => e.Item1 == id))];
    }

    /// <summary>
    /// The reference's last step for a function's events: <c>Events.update(api_events)</c>, with the events it
    /// processed collected in a Python 2.7 map. The events are the same, but in a Python 2.7 Events map the merge can
    /// resize the table (three events or more), which reorders the events for the function's own transform, and so
    /// the order in which events on one path write into an API definition.
    /// </summary>
    public static void WriteEventsBack(JObject resource, List<(string Id, JObject Event)> events)
    {
        if (resource["Properties"] is JObject properties && properties["Events"] is JObject map && Py27.IsPy27Dict(map))
        {
            // The events come in the processed map's own iteration order (see Events), which is what the merge walks.
            Py27.UpdateWithKnownKeys(map, [.. events.Select(e => e.Id)]);
        }
    }

    /// <summary>The reference's <c>_validate_api_event</c>: Path and Method present, then the API id, Path and Method strings.</summary>
    public static (string ApiId, string Path, string Method) ValidateEvent(string eventId, JObject properties, string apiIdProperty)
    {
        var apiIdToken = properties[apiIdProperty];
        var apiId = apiIdToken is JObject r && r.ContainsKey("Ref") ? r["Ref"] : apiIdToken;
        var path = properties["Path"];
        var method = properties["Method"];
        RequireNotNull(eventId, path, "Path");
        RequireNotNull(eventId, method, "Method");
        RequireString(eventId, apiId, apiIdProperty);
        RequireString(eventId, path, "Path");
        RequireString(eventId, method, "Method");
        return ((string)apiId!, (string)path!, (string)method!);
    }

    /// <summary>
    /// When the event uses the implicit API and the function propagates its tags, the implicit API gets the
    /// function's Tags (or the Globals') and PropagateTags.
    /// </summary>
    public static void AddTagsIfNecessary(TransformContext context, JObject eventProperties, JObject function, string apiIdProperty, string implicitApiId)
    {
        if (eventProperties.ContainsKey(apiIdProperty))
        {
            return;
        }

        var implicitApi = context.Resources[implicitApiId] as JObject;
        var globals = (context.Template["Globals"] as JObject)?[SamDeploy.Templates.JsonText.StringOf(function["Type"]) == "AWS::Serverless::Function" ? "Function" : "StateMachine"] as JObject;
        var properties = function["Properties"] as JObject ?? [];
        var propagate = Truthiness.IsTruthy(properties["PropagateTags"]) ? properties["PropagateTags"] : globals?["PropagateTags"];
        var tags = Truthiness.IsTruthy(properties["Tags"]) ? properties["Tags"] : globals?["Tags"];
        if (implicitApi is not null && Truthiness.IsTruthy(tags) && Truthiness.IsTruthy(propagate) && tags is JObject tagMap)
        {
            var apiProperties = (JObject)implicitApi["Properties"]!;
            if (apiProperties["Tags"] is not JObject apiTags)
            {
                apiTags = [];
                apiProperties["Tags"] = apiTags;
            }

            foreach (var tag in tagMap.Properties())
            {
                apiTags[tag.Name] = tag.Value.DeepClone();
            }

            apiProperties["PropagateTags"] = true;
        }
    }

    /// <summary>
    /// What the events of an implicit API decide about the API resource itself: its Condition (one shared by all its
    /// events, or <paramref name="combinedCondition"/> over several) and its DeletionPolicy and UpdateReplacePolicy.
    /// </summary>
    public static void AddResourceAttributesToImplicitApi(JObject template, JObject resources, ImplicitApiState state, string implicitApiId, string combinedCondition)
    {
        AddConditionToImplicitApi(template, resources, state, implicitApiId, combinedCondition);
        AddPolicyToImplicitApi(resources, state.DeletionPolicies, "DeletionPolicy", ["Retain", "Delete"], implicitApiId);
        AddPolicyToImplicitApi(resources, state.UpdateReplacePolicies, "UpdateReplacePolicy", ["Retain", "Snapshot", "Delete"], implicitApiId);
    }

    /// <summary>The implicit API takes its functions' condition when every route has one (several are combined with Fn::Or).</summary>
    private static void AddConditionToImplicitApi(JObject template, JObject resources, ImplicitApiState state, string implicitApiId, string combinedCondition)
    {
        if (!state.Conditions.TryGetValue(implicitApiId, out var paths) || paths.Count == 0)
        {
            return;
        }

        var all = paths.Values.SelectMany(m => m.Values).ToList();
        if (all.Count == 0 || all.Any(c => c is null))
        {
            return;
        }

        var distinct = all.Select(c => (string)c!).Distinct(StringComparer.Ordinal).ToList();
        var implicitApi = (JObject)resources[implicitApiId]!;
        if (distinct.Count == 1)
        {
            implicitApi["Condition"] = all.First()!.DeepClone();
        }
        else
        {
            implicitApi["Condition"] = combinedCondition;
            AddCombinedCondition(template, combinedCondition, distinct);
        }
    }

    /// <summary>Adds a template condition that is the Fn::Or of the (sorted) conditions.</summary>
    public static void AddCombinedCondition(JObject template, string name, List<string> conditions)
    {
        if (template["Conditions"] is not JObject templateConditions)
        {
            templateConditions = [];
            template["Conditions"] = templateConditions;
        }

        var sorted = conditions.OrderBy(c => c, StringComparer.Ordinal).ToList();
        var combined = ConditionBuilder.CombineWithOr(sorted, name)!;
        foreach (var property in combined.Properties())
        {
            templateConditions[property.Name] = property.Value;
        }
    }

    /// <summary>The implicit API takes the strongest DeletionPolicy / UpdateReplacePolicy of its functions, in <paramref name="precedence"/> order.</summary>
    private static void AddPolicyToImplicitApi(JObject resources, Dictionary<string, List<JToken?>> policiesByApi, string attribute, string[] precedence, string implicitApiId)
    {
        if (!policiesByApi.TryGetValue(implicitApiId, out var policies) || policies.Count == 0)
        {
            return;
        }

        var set = policies.Where(Truthiness.IsTruthy).Select(p => p is JValue { Type: JTokenType.String } s ? (string?)s : null).ToList();
        if (set.Count == 0)
        {
            return;
        }

        var chosen = precedence.FirstOrDefault(p => set.Contains(p, StringComparer.Ordinal));
        if (chosen is not null)
        {
            ((JObject)resources[implicitApiId]!)[attribute] = chosen;
        }
    }

    /// <summary>
    /// Makes a managed path conditional when every method on it comes from a conditional function: with the one
    /// condition, or with a new combined one named after the API and path.
    /// </summary>
    /// <param name="apiId">The API's logical id.</param>
    /// <param name="paths">The definition's path names.</param>
    /// <param name="state">What the plugin recorded.</param>
    /// <param name="template">The template (for combined conditions).</param>
    /// <param name="makeConditional">Wraps a path in a condition (path, condition, whether the condition text came from the template).</param>
    public static void AddConditionsToPaths(string apiId, IEnumerable<string> paths, ImplicitApiState state, JObject template, Action<string, string, JToken?> makeConditional)
    {
        foreach (var path in paths)
        {
            var methods = state.Conditions.TryGetValue(apiId, out var byPath) && byPath.TryGetValue(path, out var m) ? m : [];
            var conditions = methods.Values.ToList();
            if (conditions.Count == 0 || conditions.Any(c => c is null))
            {
                continue;
            }

            var distinct = conditions.Select(c => (string)c!).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 1)
            {
                makeConditional(path, distinct[0], conditions[0]);
            }
            else
            {
                var name = apiId + path.Replace("/", "SLASH", StringComparison.Ordinal).Replace("{", "OB", StringComparison.Ordinal).Replace("}", "CB", StringComparison.Ordinal) + "PathCondition";
                AddCombinedCondition(template, name, distinct);
                makeConditional(path, name, null);
            }
        }
    }

    /// <summary>Removes the implicit API when no path was added (restoring a resource of that id the user wrote); true when removed.</summary>
    public static bool RemoveIfUnused(JObject resources, JToken? existing, string implicitApiId)
    {
        if (resources[implicitApiId] is JObject api && api["Properties"]?["DefinitionBody"]?["paths"] is JObject { Count: 0 })
        {
            if (existing is not null && Truthiness.IsTruthy(existing))
            {
                resources[implicitApiId] = existing;
            }
            else
            {
                resources.Remove(implicitApiId);
                return true;
            }
        }

        return false;
    }

    private static void RequireNotNull(string eventId, JToken? value, string name)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            throw new ImplicitApiEventError(eventId, $"Property '{name}' is required.", value);
        }
    }

    private static void RequireString(string eventId, JToken? value, string name)
    {
        if (value is not JValue { Type: JTokenType.String })
        {
            throw new ImplicitApiEventError(eventId, $"Property '{name}' should be a string.", value);
        }
    }
}
