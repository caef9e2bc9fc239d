using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Resources;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Resources.HttpApi.OpenApi;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// The implicit HTTP API: functions' <c>HttpApi</c> events without an ApiId belong to an
/// <c>AWS::Serverless::HttpApi</c> named <c>ServerlessHttpApi</c> that this plugin adds to the SAM template before
/// anything is transformed. An event without Path and Method is the <c>$default</c> route (any method). Every event
/// gets its route in the OpenAPI of the API it targets when SAM manages that document, and its RouteSettings in the
/// API's RouteSettings; the implicit API takes the Condition, DeletionPolicy and UpdateReplacePolicy of its
/// functions, and is removed again when no event uses it.
/// </summary>
internal sealed class ImplicitHttpApiPlugin : ITemplatePlugin
{
    /// <summary>The implicit API's logical id.</summary>
    public const string LogicalId = "ServerlessHttpApi";

    private const string CombinedCondition = "ServerlessHttpApiCondition";
    private const string ApiType = "AWS::Serverless::HttpApi";
    private const string ApiIdProperty = "ApiId";

    /// <inheritdoc/>
    public string Name => "ImplicitHttpApi";

    /// <inheritdoc/>
    public void BeforeResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = context.Template;
        var resources = context.Resources;
        var iteration = context.State<ResourceIterationOrder>();
        var documentOrder = resources.Properties().Select(p => p.Name).ToList();
        var py27Order = iteration.IsPy27 ? (iteration.Py27Order ?? Py27KeyOrder.FromInserts(documentOrder)).Add(LogicalId) : null;
        if (ImplicitApiSteps.NothingToDo(resources, LogicalId, "HttpApi", ApiType))
        {
            RecordIterationOrder(iteration, py27Order, removed: true);
            return;
        }

        var existing = resources[LogicalId]?.DeepClone();
        resources[LogicalId] = new JObject
        {
            ["Type"] = ApiType,
            ["Properties"] = new JObject
            {
                ["DefinitionBody"] = OpenApiEditor.Skeleton(),
                [DefaultDefinitionBodyPlugin.ManageSwagger] = true,
            },
        };

        var order = py27Order?.Keys ?? [.. resources.Properties().Select(p => p.Name)];
        var state = new ImplicitApiState();
        var errors = new List<Diagnostic>();
        foreach (var property in order.Select(k => resources.Property(k, StringComparison.Ordinal)).OfType<JProperty>().ToList())
        {
            if (property.Value is not JObject resource || !ImplicitApiSteps.IsValidSamResource(resource)
                || SamDeploy.Templates.JsonText.StringOf(resource["Type"]) is not ("AWS::Serverless::Function" or "AWS::Serverless::StateMachine"))
            {
                continue;
            }

            var events = ImplicitApiSteps.Events(resource, "HttpApi", py27Order: true);
            if (events.Count == 0)
            {
                continue;
            }

            try
            {
                ProcessEvents(context, resource, events, state);
                ImplicitApiSteps.WriteEventsBack(resource, events);
            }
            catch (ImplicitApiEventError e)
            {
                errors.Add(TemplateErrors.Resource(property.Name, $"Event with id [{e.EventId}] is invalid. {e.Message}", e.At, "Events").Diagnostics[0]);
            }
        }

        ImplicitApiSteps.AddResourceAttributesToImplicitApi(template, resources, state, LogicalId, CombinedCondition);
        AddConditionsToPaths(template, resources, state);
        RecordIterationOrder(iteration, py27Order, ImplicitApiSteps.RemoveIfUnused(resources, existing, LogicalId));

        if (errors.Count > 0)
        {
            throw new SamTemplateException(errors);
        }
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }

    /// <summary>The resources map's Python 2.7 order after this plugin: ServerlessHttpApi added, and maybe removed again.</summary>
    private static void RecordIterationOrder(ResourceIterationOrder iteration, Py27KeyOrder? withApi, bool removed)
    {
        if (withApi is not null)
        {
            iteration.Py27Order = removed ? withApi.Remove(LogicalId) : withApi;
            iteration.LogicalIds = iteration.Py27Order.Keys;
        }
    }

    private static void ProcessEvents(TransformContext context, JObject function, List<(string Id, JObject Event)> events, ImplicitApiState state)
    {
        var condition = function["Condition"] is JValue { Type: JTokenType.String } c ? c : null;
        foreach (var (eventId, evt) in events)
        {
            if (!evt.TryGetValue("Properties", StringComparison.Ordinal, out var properties))
            {
                properties = new JObject();
                Py27.Set(evt, "Properties", properties);
            }

            if (properties is not JObject map)
            {
                throw new ImplicitApiEventError(eventId, "Properties should be a map.", properties);
            }

            ImplicitApiSteps.AddTagsIfNecessary(context, map, function, ApiIdProperty, LogicalId);
            // Keys added as Python adds them to the event's (maybe Python 2.7) map, so the order the function's own
            // transform walks them in (and so which unknown property it reports first) stays the reference's.
            if (!map.ContainsKey(ApiIdProperty))
            {
                Py27.Set(map, ApiIdProperty, new JObject { ["Ref"] = LogicalId });
            }

            if (!Truthiness.IsTruthy(map["Path"]) && !Truthiness.IsTruthy(map["Method"]))
            {
                Py27.Set(map, "Path", OpenApiEditor.DefaultPath);
                Py27.Set(map, "Method", SwaggerEditor.AnyMethod);
            }

            var (api, path, method) = ImplicitApiSteps.ValidateEvent(eventId, map, ApiIdProperty);
            state.Record(api, path, method, condition, function["DeletionPolicy"], function["UpdateReplacePolicy"]);
            AddToOpenApi(context.Resources, eventId, api, path, method);
            if (map.ContainsKey("RouteSettings"))
            {
                AddRouteSettings(context.Resources, eventId, api, map, condition);
            }
        }
    }

    private static void AddToOpenApi(JObject resources, string eventId, string apiId, string path, string method)
    {
        // An HttpApi event may name an AWS::Serverless::Api (the reference accepts it), only a missing API is an error.
        if (resources[apiId] is not JObject api)
        {
            throw new ImplicitApiEventError(eventId, $"{ApiIdProperty} must be a valid reference to an '{ApiType}' resource in same template.", resources[apiId]);
        }

        var properties = api.TryGetValue("Properties", StringComparison.Ordinal, out var p) ? p : new JObject();
        if (properties is not JObject map || !OpenApiEditor.IsValid(map["DefinitionBody"]) || !Truthiness.IsTruthy(map[DefaultDefinitionBodyPlugin.ManageSwagger]))
        {
            return;
        }

        // Adding a path to SAM's own definition cannot fail halfway, so an HTTP API's is edited in place (a copy per
        // event would make this quadratic); a REST API's deployment id hashes the key orders the copies make.
        var editor = SamDeploy.Templates.JsonText.StringOf(api["Type"]) == ApiType ? OpenApiEditor.InPlace(map["DefinitionBody"]) : new OpenApiEditor(map["DefinitionBody"]);
        editor.AddPath(path, method);
        DefinitionBodyHandover.Set(map, editor.Document);
    }

    /// <summary>Merges the event's RouteSettings (conditional when the function is) into the API's, under the route key.</summary>
    private static void AddRouteSettings(JObject resources, string eventId, string apiId, JObject eventProperties, JToken? condition)
    {
        var api = (JObject)resources[apiId]!;
        if (api["Properties"] is not JObject apiProperties)
        {
            apiProperties = [];
            api["Properties"] = apiProperties;
        }

        var path = (string)eventProperties["Path"]!;
        var method = (string)eventProperties["Method"]!;
        var route = method == SwaggerEditor.AnyMethod ? path : $"{Templates.PythonCase.Upper(method)} {path}";
        var apiRouteSettings = apiProperties.TryGetValue("RouteSettings", StringComparison.Ordinal, out var existing) ? existing : new JObject();
        if (apiRouteSettings is not JObject apiSettings)
        {
            throw TemplateErrors.Resource(apiId, "Property 'RouteSettings' should be a map.", apiRouteSettings, "RouteSettings");
        }

        var eventSettings = eventProperties["RouteSettings"] ?? new JObject();
        if (condition is not null)
        {
            eventSettings = SwaggerEditor.MakeConditional((string)condition!, eventSettings.DeepClone(), unicodeCondition: false);
        }

        if (eventSettings is not JObject eventMap)
        {
            throw new ImplicitApiEventError(eventId, "Property 'RouteSettings' should be a map.", eventSettings);
        }

        if (apiSettings[route] is not JObject routeSettings)
        {
            routeSettings = [];
            apiSettings[route] = routeSettings;
        }

        foreach (var setting in eventMap.Properties())
        {
            routeSettings[setting.Name] = setting.Value.DeepClone();
        }

        apiProperties["RouteSettings"] = apiSettings;
    }

    private static void AddConditionsToPaths(JObject template, JObject resources, ImplicitApiState state)
    {
        foreach (var property in resources.Properties().ToList())
        {
            if (property.Value is not JObject api || !ImplicitApiSteps.IsValidSamResource(api) || SamDeploy.Templates.JsonText.StringOf(api["Type"]) != ApiType
                || api["Properties"] is not JObject properties || !Truthiness.IsTruthy(properties[DefaultDefinitionBodyPlugin.ManageSwagger]))
            {
                continue;
            }

            var editor = OpenApiEditor.InPlace(properties["DefinitionBody"]);
            ImplicitApiSteps.AddConditionsToPaths(property.Name, editor.PathNames(), state, template, (path, condition, _) => editor.MakePathConditional(path, condition));
            DefinitionBodyHandover.Set(properties, editor.Document);
        }
    }
}
