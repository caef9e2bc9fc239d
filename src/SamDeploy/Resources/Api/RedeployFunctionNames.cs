using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api;

/// <summary>
/// The FunctionNames of the functions whose Api events target an API, concatenated, which the reference adds to the
/// deployment's hash so that renaming a function redeploys the API. Functions are visited in the order the reference
/// visits the template's resources (Python 2.7 order of their logical ids), once per Api event.
/// </summary>
internal static class RedeployFunctionNames
{
    public static string? For(string apiLogicalId, TransformContext context)
    {
        var resources = context.Resources;
        var parameters = IntrinsicResolver.ForParameters(context.Parameters);
        var names = new List<string>();
        foreach (var id in Py27KeyOrder.FromInserts(resources.Properties().Select(p => p.Name)).Keys)
        {
            if (resources[id] is not JObject resource || (string?)(resource["Type"] as JValue) != "AWS::Serverless::Function"
                || resource["Properties"] is not JObject properties || properties["Events"] is not JObject events)
            {
                continue;
            }

            foreach (var evt in events.PropertyValues().OfType<JObject>())
            {
                if ((string?)(evt["Type"] as JValue) != "Api" || evt["Properties"] is not JObject eventProperties || !Truthiness.IsTruthy(eventProperties["RestApiId"]))
                {
                    continue;
                }

                var restApi = eventProperties["RestApiId"];
                var apiName = restApi is JObject r && r.ContainsKey("Ref") ? r["Ref"] : restApi;
                if (apiName is not JValue { Type: JTokenType.String } name || (string?)name != apiLogicalId)
                {
                    continue;
                }

                var functionName = parameters.ResolveCopy(properties["FunctionName"]);
                if (!Truthiness.IsTruthy(functionName))
                {
                    continue;
                }

                names.Add(functionName is JValue { Type: JTokenType.String } text ? (string)text! : PythonStr.Of(functionName));
            }
        }

        return names.Count > 0 ? string.Concat(names) : null;
    }
}
