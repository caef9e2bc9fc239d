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
internal sealed class ImplicitRestApiPlugin : ITemplatePlugin
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
        if (ImplicitApiSteps.NothingToDo(resources, LogicalId, "Api", ApiType))
        {
            RecordIterationOrder(context, documentOrder, removed: true);
            return;
        }

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
            if (property.Value is not JObject resource || !ImplicitApiSteps.IsValidSamResource(resource)
                || SamDeploy.Templates.JsonText.StringOf(resource["Type"]) is not ("AWS::Serverless::Function" or "AWS::Serverless::StateMachine"))
            {
                continue;
            }

            var events = ImplicitApiSteps.Events(resource, "Api", py27Order: true);
            if (events.Count == 0)
            {
                continue;
            }

            try
            {
                ProcessEvents(context, property.Name, resource, events, state);
                ImplicitApiSteps.WriteEventsBack(resource, events);
            }
            catch (ImplicitApiEventError e)
            {
                errors.Add(TemplateErrors.Resource(property.Name, $"Event with id [{e.EventId}] is invalid. {e.Message}", e.At, "Events").Diagnostics[0]);
            }
        }

        ImplicitApiSteps.AddResourceAttributesToImplicitApi(template, resources, state, LogicalId, CombinedCondition);
        AddConditionsToPaths(template, resources, state);
        var removed = ImplicitApiSteps.RemoveIfUnused(resources, existing, LogicalId);
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
    internal static void CheckCondition(JObject resource) => ImplicitApiSteps.CheckCondition(resource);

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
                throw new ImplicitApiEventError(eventId, "Properties should be a map.", properties);
            }

            ImplicitApiSteps.AddTagsIfNecessary(context, map, function, "RestApiId", LogicalId);
            if (!map.ContainsKey("RestApiId"))
            {
                Py27.Set(map, "RestApiId", new JObject { ["Ref"] = LogicalId });
            }

            var (api, path, method) = ImplicitApiSteps.ValidateEvent(eventId, map, "RestApiId");
            state.Record(api, path, method, condition, function["DeletionPolicy"], function["UpdateReplacePolicy"]);
            AddToSwagger(context.Resources, eventId, api, map);
        }
    }

    private static void AddToSwagger(JObject resources, string eventId, string apiId, JObject eventProperties)
    {
        var api = resources[apiId] as JObject;
        if (api is null || !(api["Type"] is JValue { Type: JTokenType.String } type && (string?)type == ApiType))
        {
            throw new ImplicitApiEventError(eventId, "RestApiId must be a valid reference to an 'AWS::Serverless::Api' resource in same template.", eventProperties["RestApiId"]);
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

    private static void AddConditionsToPaths(JObject template, JObject resources, ImplicitApiState state)
    {
        foreach (var property in resources.Properties().ToList())
        {
            if (property.Value is not JObject api || !ImplicitApiSteps.IsValidSamResource(api) || SamDeploy.Templates.JsonText.StringOf(api["Type"]) != ApiType
                || api["Properties"] is not JObject properties || !Truthiness.IsTruthy(properties[DefaultDefinitionBodyPlugin.ManageSwagger]))
            {
                continue;
            }

            // The reference copies SAM's document on the way in and out of this step too, even when no path is
            // conditional; the copies are counted on the document instead (its events already count theirs). Only the
            // editor's own checks of the document can fail, before it changes anything.
            var editor = SwaggerEditor.EditWholeInPlace(properties["DefinitionBody"]);
            ImplicitApiSteps.AddConditionsToPaths(
                property.Name,
                editor.PathNames(),
                state,
                template,
                (path, condition, original) => editor.MakePathConditional(path, condition, unicodeCondition: original is not null && Py27.IsUnicode(original)));
            DefinitionBodyHandover.Set(properties, editor.Document);
        }
    }

    /// <summary>
    /// The reference's resources map after this plugin (in Python 2.7 order): ServerlessRestApi added, and maybe
    /// removed again. The implicit HTTP API plugin goes on from this order.
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

        state.Py27Order = order;
        state.LogicalIds = order.Keys;
    }
}
