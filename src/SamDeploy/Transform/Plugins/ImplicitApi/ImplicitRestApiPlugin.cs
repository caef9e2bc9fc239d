using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Resources;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// The implicit REST API: functions' <c>Api</c> events without a RestApiId belong to an <c>AWS::Serverless::Api</c>
/// named <c>ServerlessRestApi</c> (stage Prod) that this plugin adds to the SAM template before anything is
/// transformed. Every Api event gets its path and method in the Swagger of the API it targets when SAM manages
/// that document; the implicit API takes the Condition, DeletionPolicy and UpdateReplacePolicy of its functions,
/// paths whose methods are all conditional become conditional, and the API is removed again when no event uses it.
/// </summary>
public sealed class ImplicitRestApiPlugin : ITemplatePlugin
{
    /// <summary>The implicit API's logical id.</summary>
    public const string LogicalId = "ServerlessRestApi";

    private const string CombinedCondition = "ServerlessRestApiCondition";
    private const string ApiType = "AWS::Serverless::Api";

    /// <inheritdoc/>
    public string Name => "ImplicitRestApi";

    /// <inheritdoc/>
    public void BeforeResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = context.Template;
        var resources = context.Resources;
        var documentOrder = resources.Properties().Select(p => p.Name).ToList();
        var existing = resources[LogicalId]?.DeepClone();
        resources[LogicalId] = new JObject
        {
            ["Type"] = ApiType,
            ["Properties"] = new JObject
            {
                ["StageName"] = "Prod",
                ["DefinitionBody"] = SwaggerEditor.Skeleton(),
                [DefaultDefinitionBodyPlugin.ManageSwagger] = true,
            },
        };

        var state = new ImplicitApiState();
        var errors = new List<Diagnostic>();
        // The reference walks its resources in Python 2.7 order; paths then enter each definition in that order.
        foreach (var property in Py27KeyOrder.FromInserts(documentOrder).Add(LogicalId).Keys.Select(k => resources.Property(k, StringComparison.Ordinal)).OfType<JProperty>().ToList())
        {
            if (property.Value is not JObject resource || !IsValidSamResource(resource)
                || (string?)resource["Type"] is not ("AWS::Serverless::Function" or "AWS::Serverless::StateMachine"))
            {
                continue;
            }

            var events = ApiEvents(resource);
            if (events.Count == 0)
            {
                continue;
            }

            try
            {
                ProcessEvents(context, property.Name, resource, events, state);
            }
            catch (ApiEventError e)
            {
                errors.Add(TemplateErrors.Resource(property.Name, $"Event with id [{e.EventId}] is invalid. {e.Message}", e.At, "Events").Diagnostics[0]);
            }
        }

        AddConditionToImplicitApi(template, resources, state);
        AddPolicyToImplicitApi(resources, state.DeletionPolicies, "DeletionPolicy", ["Retain", "Delete"]);
        AddPolicyToImplicitApi(resources, state.UpdateReplacePolicies, "UpdateReplacePolicy", ["Retain", "Snapshot", "Delete"]);
        AddConditionsToPaths(template, resources, state);
        var removed = RemoveIfUnused(resources, existing);
        RecordIterationOrder(context, documentOrder, removed);
        if (errors.Count > 0)
        {
            throw new SamTemplateException(errors);
        }
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }

    /// <summary>The reference rejects a resource whose Condition is not a string before it looks at it.</summary>
    internal static void CheckCondition(JObject resource)
    {
        if (Truthiness.IsTruthy(resource["Condition"]) && resource["Condition"]!.Type != JTokenType.String)
        {
            throw TemplateErrors.Template("Every Condition member must be a string.", resource["Condition"]);
        }
    }

    private static bool IsValidSamResource(JObject resource)
    {
        CheckCondition(resource);
        return resource["Type"] is JValue { Type: JTokenType.String } type && ((string)type!).StartsWith("AWS::Serverless::", StringComparison.Ordinal);
    }

    private static List<(string Id, JObject Event)> ApiEvents(JObject resource)
    {
        var events = new List<(string, JObject)>();
        if (resource["Properties"] is JObject properties && properties["Events"] is JObject map)
        {
            foreach (var key in Py27.Keys(map))
            {
                if (map[key] is JObject { Count: > 0 } evt && evt["Type"] is JValue { Type: JTokenType.String } type && (string?)type == "Api")
                {
                    events.Add((key, evt));
                }
            }
        }

        // The reference collects them into a new Python 2.7 map and walks that.
        var order = Py27KeyOrder.FromInserts(events.Select(e => e.Item1)).Keys;
        return [.. order.Select(id => events.First(e => e.Item1 == id))];
    }

    private static void ProcessEvents(TransformContext context, string functionId, JObject function, List<(string Id, JObject Event)> events, ImplicitApiState state)
    {
        var condition = function["Condition"] is JValue { Type: JTokenType.String } c ? c : null;
        foreach (var (eventId, evt) in events)
        {
            var properties = evt["Properties"];
            if (!Truthiness.IsTruthy(properties))
            {
                continue;
            }

            if (properties is not JObject map)
            {
                throw new ApiEventError(eventId, "Properties should be a map.", properties);
            }

            AddTagsIfNecessary(context, map, function);
            if (!map.ContainsKey("RestApiId"))
            {
                Py27.Set(map, "RestApiId", new JObject { ["Ref"] = LogicalId });
            }

            var apiIdToken = map["RestApiId"];
            var apiId = apiIdToken is JObject r && r.ContainsKey("Ref") ? r["Ref"] : apiIdToken;
            var path = map["Path"];
            var method = map["Method"];
            RequireNotNull(eventId, path, "Path");
            RequireNotNull(eventId, method, "Method");
            RequireString(eventId, apiId, "RestApiId");
            RequireString(eventId, path, "Path");
            RequireString(eventId, method, "Method");
            var api = (string)apiId!;
            state.Record(api, (string)path!, (string)method!, condition, function["DeletionPolicy"], function["UpdateReplacePolicy"]);
            AddToSwagger(context.Resources, eventId, api, map);
        }
    }

    private static void RequireNotNull(string eventId, JToken? value, string name)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            throw new ApiEventError(eventId, $"Property '{name}' is required.", value);
        }
    }

    private static void RequireString(string eventId, JToken? value, string name)
    {
        if (value is not JValue { Type: JTokenType.String })
        {
            throw new ApiEventError(eventId, $"Property '{name}' should be a string.", value);
        }
    }

    private static void AddTagsIfNecessary(TransformContext context, JObject eventProperties, JObject function)
    {
        if (eventProperties.ContainsKey("RestApiId"))
        {
            return;
        }

        var implicitApi = context.Resources[LogicalId] as JObject;
        var globals = (context.Template["Globals"] as JObject)?[(string?)function["Type"] == "AWS::Serverless::Function" ? "Function" : "StateMachine"] as JObject;
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

    private static void AddToSwagger(JObject resources, string eventId, string apiId, JObject eventProperties)
    {
        var api = resources[apiId] as JObject;
        if (api is null || (string?)api["Type"] is not ApiType)
        {
            throw new ApiEventError(eventId, "RestApiId must be a valid reference to an 'AWS::Serverless::Api' resource in same template.", eventProperties["RestApiId"]);
        }

        if (api["Properties"] is not JObject properties || !SwaggerEditor.IsValid(properties["DefinitionBody"])
            || !Truthiness.IsTruthy(properties[DefaultDefinitionBodyPlugin.ManageSwagger]))
        {
            return;
        }

        var path = eventProperties["Path"]!;
        var method = eventProperties["Method"]!;
        // Adding a path cannot fail half-way, so the editor may work on the document itself (linear in the events).
        var editor = SwaggerEditor.EditInPlace((JObject)properties["DefinitionBody"]!, (string)path!);
        editor.BeginEdit();
        editor.AddPath((string)path!, (string)method!, Py27.IsUnicode(path), Py27.IsUnicode(method));
        _ = editor.Document;
    }

    private static void AddConditionToImplicitApi(JObject template, JObject resources, ImplicitApiState state)
    {
        if (!state.Conditions.TryGetValue(LogicalId, out var paths) || paths.Count == 0)
        {
            return;
        }

        var all = paths.Values.SelectMany(m => m.Values).ToList();
        if (all.Count == 0 || all.Any(c => c is null))
        {
            return;
        }

        var distinct = all.Select(c => (string)c!).Distinct(StringComparer.Ordinal).ToList();
        var implicitApi = (JObject)resources[LogicalId]!;
        if (distinct.Count == 1)
        {
            implicitApi["Condition"] = all.First()!.DeepClone();
        }
        else
        {
            implicitApi["Condition"] = CombinedCondition;
            AddCombinedCondition(template, CombinedCondition, distinct);
        }
    }

    private static void AddCombinedCondition(JObject template, string name, List<string> conditions)
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

    private static void AddPolicyToImplicitApi(JObject resources, Dictionary<string, List<JToken?>> policiesByApi, string attribute, string[] precedence)
    {
        if (!policiesByApi.TryGetValue(LogicalId, out var policies) || policies.Count == 0)
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
            ((JObject)resources[LogicalId]!)[attribute] = chosen;
        }
    }

    private static void AddConditionsToPaths(JObject template, JObject resources, ImplicitApiState state)
    {
        foreach (var property in resources.Properties().ToList())
        {
            if (property.Value is not JObject api || !IsValidSamResource(api) || (string?)api["Type"] != ApiType
                || api["Properties"] is not JObject properties || !Truthiness.IsTruthy(properties[DefaultDefinitionBodyPlugin.ManageSwagger]))
            {
                continue;
            }

            var editor = new SwaggerEditor(properties["DefinitionBody"]);
            foreach (var path in editor.PathNames())
            {
                var methods = state.Conditions.TryGetValue(property.Name, out var byPath) && byPath.TryGetValue(path, out var m) ? m : [];
                var conditions = methods.Values.ToList();
                if (conditions.Count == 0 || conditions.Any(c => c is null))
                {
                    continue;
                }

                var distinct = conditions.Select(c => (string)c!).Distinct(StringComparer.Ordinal).ToList();
                if (distinct.Count == 1)
                {
                    editor.MakePathConditional(path, distinct[0], unicodeCondition: Py27.IsUnicode(conditions[0]));
                }
                else
                {
                    var name = property.Name + path.Replace("/", "SLASH", StringComparison.Ordinal).Replace("{", "OB", StringComparison.Ordinal).Replace("}", "CB", StringComparison.Ordinal) + "PathCondition";
                    AddCombinedCondition(template, name, distinct);
                    editor.MakePathConditional(path, name, unicodeCondition: false);
                }
            }

            properties["DefinitionBody"] = editor.Document;
        }
    }

    private static bool RemoveIfUnused(JObject resources, JToken? existing)
    {
        if (resources[LogicalId] is JObject api && api["Properties"]?["DefinitionBody"]?["paths"] is JObject { Count: 0 })
        {
            if (existing is not null && Truthiness.IsTruthy(existing))
            {
                resources[LogicalId] = existing;
            }
            else
            {
                resources.Remove(LogicalId);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The reference's resources map after its implicit API plugins: the REST one added ServerlessRestApi (and
    /// maybe removed it), the HTTP one added and removed ServerlessHttpApi (SamDeploy has no implicit HTTP API).
    /// </summary>
    private static void RecordIterationOrder(TransformContext context, List<string> documentOrder, bool removed)
    {
        var state = context.State<ResourceIterationOrder>();
        if (!state.IsPy27)
        {
            return;
        }

        var order = Py27KeyOrder.FromInserts(documentOrder).Add(LogicalId);
        if (removed)
        {
            order = order.Remove(LogicalId);
        }

        const string HttpApi = "ServerlessHttpApi";
        if (!documentOrder.Contains(HttpApi, StringComparer.Ordinal))
        {
            order = order.Add(HttpApi).Remove(HttpApi);
        }

        state.LogicalIds = order.Keys;
    }

    /// <summary>An event's mistake found while reading API events; reported on the function.</summary>
    private sealed class ApiEventError(string eventId, string message, JToken? at) : Exception(message)
    {
        public string EventId { get; } = eventId;

        public JToken? At { get; } = at;
    }

    /// <summary>What the plugin learns from the events: per API, path and method, the function's condition; per API, the policies.</summary>
    private sealed class ImplicitApiState
    {
        public Dictionary<string, Dictionary<string, Dictionary<string, JToken?>>> Conditions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<JToken?>> DeletionPolicies { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<JToken?>> UpdateReplacePolicies { get; } = new(StringComparer.Ordinal);

        public void Record(string api, string path, string method, JToken? condition, JToken? deletionPolicy, JToken? updateReplacePolicy)
        {
            if (!Conditions.TryGetValue(api, out var byPath))
            {
                byPath = new(StringComparer.Ordinal);
                Conditions[api] = byPath;
            }

            if (!byPath.TryGetValue(path, out var byMethod))
            {
                byMethod = new(StringComparer.Ordinal);
                byPath[path] = byMethod;
            }

            byMethod[method] = condition;
            Add(DeletionPolicies, api, deletionPolicy);
            Add(UpdateReplacePolicies, api, updateReplacePolicy);
        }

        private static void Add(Dictionary<string, List<JToken?>> map, string api, JToken? value)
        {
            if (!map.TryGetValue(api, out var list))
            {
                list = [];
                map[api] = list;
            }

            list.Add(value);
        }
    }
}
