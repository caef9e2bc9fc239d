using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins.ImplicitApi;

namespace SamDeploy.Resources.Api;

/// <summary>
/// The FunctionNames of the functions whose Api events target an API, concatenated, which the reference adds to the
/// deployment's hash so that renaming a function redeploys the API. Functions are visited in the order the reference
/// visits the template's resources (see <see cref="ResourceIterationOrder"/>: Python 2.7 order with the history of
/// the implicit APIs added and removed), once per Api event.
/// </summary>
internal static class RedeployFunctionNames
{
    public static string? For(string apiLogicalId, TransformContext context)
    {
        var resources = context.Resources;

        // The functions with Api events for this API, each with how many, found in one pass in document order. The
        // names go in the order the functions are transformed (the reference's resource iteration order), which
        // matters only when two or more functions take part, so that order is worked out only then. Keyed by the
        // definition: a map has one parent, so one definition is one function and one Properties map.
        var targeting = Targeting(resources, apiLogicalId);
        if (targeting.Count == 0)
        {
            return null;
        }

        var parameters = IntrinsicResolver.ForParameters(context.Parameters);
        var names = new List<string>();
        if (targeting.Count == 1)
        {
            foreach (var target in targeting.Values)
            {
                AddName(names, parameters, target.Properties, target.Events);
            }
        }
        else
        {
            foreach (var resource in context.State<ResourceIterationOrder>().InOrder(resources))
            {
                if (resource.Value is JObject definition && targeting.TryGetValue(definition, out var target))
                {
                    AddName(names, parameters, target.Properties, target.Events);
                }
            }
        }

        return names.Count > 0 ? string.Concat(names) : null;
    }

    /// <summary>A function's name, once per Api event it has for the API, when it is truthy.</summary>
    private static void AddName(List<string> names, IntrinsicResolver parameters, JObject properties, int events)
    {
        for (; events > 0; events--)
        {
            var functionName = parameters.ResolveCopy(properties["FunctionName"]);
            if (Truthiness.IsTruthy(functionName))
            {
                names.Add(functionName is JValue { Type: JTokenType.String } text ? (string)text! : PythonStr.Of(functionName));
            }
        }
    }

    /// <summary>Each function with Api events for the API (by its definition), its properties and how many such events it has.</summary>
    /// <remarks>
    /// A class for the value, not a tuple: generic code over a value type is compiled at run time on every start
    /// (README, Performance).
    /// </remarks>
    private static Dictionary<JObject, Target> Targeting(JObject resources, string apiLogicalId)
    {
        var targeting = new Dictionary<JObject, Target>(ReferenceEqualityComparer.Instance);
        foreach (var resource in new Templates.PropertyWalk(resources))
        {
            if (resource.Value is JObject definition && definition["Properties"] is JObject properties
                && EventsFor(definition, properties, apiLogicalId) is > 0 and var events)
            {
                targeting[definition] = new Target(properties, events);
            }
        }

        return targeting;
    }

    /// <summary>How many Api events of a serverless function name <paramref name="apiLogicalId"/> as their RestApiId (0 for any other resource).</summary>
    private static int EventsFor(JObject definition, JObject properties, string apiLogicalId)
    {
        if ((string?)(definition["Type"] as JValue) != "AWS::Serverless::Function" || properties["Events"] is not JObject events)
        {
            return 0;
        }

        var count = 0;
        foreach (var property in new Templates.PropertyWalk(events))
        {
            if (property.Value is not JObject evt || (string?)(evt["Type"] as JValue) != "Api" || evt["Properties"] is not JObject eventProperties || !Truthiness.IsTruthy(eventProperties["RestApiId"]))
            {
                continue;
            }

            var restApi = eventProperties["RestApiId"];
            var apiName = restApi is JObject r && r.ContainsKey("Ref") ? r["Ref"] : restApi;
            if (apiName is JValue { Type: JTokenType.String } name && (string?)name == apiLogicalId)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A function's properties and how many of its Api events name the API.</summary>
    private sealed record Target(JObject Properties, int Events);
}
