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

        // The functions with Api events for this API, in document order, each once per such event. The names go in the
        // order the functions are transformed (the reference's resource iteration order), which matters only when
        // two or more functions take part, so that order is worked out only then.
        var targeting = Targeting(resources.Properties(), apiLogicalId);
        if (targeting.Count == 0)
        {
            return null;
        }

        if (!targeting.TrueForAll(properties => ReferenceEquals(properties, targeting[0])))
        {
            targeting = Targeting(context.State<ResourceIterationOrder>().InOrder(resources), apiLogicalId);
        }

        var parameters = IntrinsicResolver.ForParameters(context.Parameters);
        var names = new List<string>();
        foreach (var properties in targeting)
        {
            var functionName = parameters.ResolveCopy(properties["FunctionName"]);
            if (Truthiness.IsTruthy(functionName))
            {
                names.Add(functionName is JValue { Type: JTokenType.String } text ? (string)text! : PythonStr.Of(functionName));
            }
        }

        return names.Count > 0 ? string.Concat(names) : null;
    }

    /// <summary>The properties of each function with Api events for the API, in the order given, once per such event.</summary>
    private static List<JObject> Targeting(IEnumerable<JProperty> resources, string apiLogicalId)
    {
        var targeting = new List<JObject>();
        foreach (var resource in resources)
        {
            if (resource.Value is JObject definition && definition["Properties"] is JObject properties)
            {
                for (var events = EventsFor(definition, properties, apiLogicalId); events > 0; events--)
                {
                    targeting.Add(properties);
                }
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
        foreach (var evt in events.PropertyValues().OfType<JObject>())
        {
            if ((string?)(evt["Type"] as JValue) != "Api" || evt["Properties"] is not JObject eventProperties || !Truthiness.IsTruthy(eventProperties["RestApiId"]))
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
}
