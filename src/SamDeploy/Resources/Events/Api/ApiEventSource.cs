using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Api;

/// <summary>
/// The <c>Api</c> event of a function: a Lambda permission for API Gateway, and when SAM manages the API's definition
/// (an implicit API, or MergeDefinitions) the path and method with its <c>aws_proxy</c> integration, auth, request
/// model and request parameters in that definition.
/// </summary>
internal sealed class ApiEventSource : IEventSource
{
    /// <inheritdoc/>
    public string Type => "Api";

    /// <inheritdoc/>
    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("Path").AsRequired(),
        PropertySpec.String("Method").AsRequired(),
        PropertySpec.String("RestApiId").AsRequired(),
        PropertySpec.String("Stage"),
        PropertySpec.Map("Auth"),
        PropertySpec.Map("RequestModel"),
        PropertySpec.Generic("RequestParameters", ValueChecks.IsList),
        PropertySpec.Generic("TimeoutInMillis", ValueChecks.IsInt),
        PropertySpec.String("ResponseTransferMode"),
    ];

    /// <inheritdoc/>
    public void Link(FunctionEvent evt) => evt.Linked = LinkRestApi(evt, evt["RestApiId"]);

    /// <summary>Finds the REST API a RestApiId names and the stage its permission is for.</summary>
    internal static ApiEventLink LinkRestApi(FunctionEvent evt, JToken? restApiId)
    {
        var apiId = restApiId is JObject map && map.ContainsKey("Ref") ? map["Ref"] : restApiId;
        if (apiId is not JValue { Type: JTokenType.String } idValue)
        {
            return new ApiEventLink(null, apiId, "AllStages", "AllStages");
        }

        var id = (string)idValue!;
        if (evt.Context.Resources[id] is not JObject resource)
        {
            throw evt.Error("RestApiId property of Api event must reference a valid resource in the same template.", restApiId);
        }

        var properties = resource.TryGetValue("Properties", StringComparison.Ordinal, out var p) ? p : new JObject();
        if (properties is not JObject apiProperties)
        {
            throw TemplateErrors.Resource(id, "Attribute 'Properties' should be a map.", properties);
        }

        var stage = apiProperties["StageName"];
        if (stage is JValue { Type: JTokenType.String } stageName)
        {
            if (((string)stageName!).Length == 0)
            {
                throw TemplateErrors.Resource(id, "StageName cannot be empty.", stage);
            }

            return new ApiEventLink(apiProperties, idValue, (string)stageName!, stageName);
        }

        return new ApiEventLink(apiProperties, idValue, "Stage", "Stage");
    }

    /// <inheritdoc/>
    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var link = (ApiEventLink)evt.Linked!;
        var methodToken = evt.Properties["Method"]!;
        var method = Templates.PythonCase.Lower((string)methodToken!);
        var path = (string)evt.Properties["Path"]!;
        var permission = Permission(evt, link.StageSuffix, path, method);
        var api = link.ApiProperties;
        if (api is not null && (Truthiness.IsTruthy(api["__MANAGE_SWAGGER"]) || Truthiness.IsTruthy(api["MergeDefinitions"])))
        {
            ApiEventSwagger.AddIntegration(evt, api, link, path, method, link.Stage);
        }

        var auth = evt["Auth"] as JObject;
        if (api is not null && Truthiness.IsTruthy(api["DefinitionBody"]) && auth is not null && Truthiness.IsTruthy(auth["OverrideApiAuth"]))
        {
            if (!(Truthiness.IsTruthy(auth["Authorizer"]) || Truthiness.IsTruthy(auth["ApiKeyRequired"]) || Truthiness.IsTruthy(auth["ResourcePolicy"])))
            {
                throw evt.Error("Must define one of: Authorizer, ApiKeyRequired or ResourcePolicy when using the OverrideApiAuth property.");
            }

            var editor = new SwaggerEditor(api["DefinitionBody"]);
            ApiEventAuth.AddToSwagger(evt, auth, api, link, method, path, link.Stage, editor);
            api["DefinitionBody"] = editor.Document;
        }

        return [permission];
    }

    /// <summary>The permission for API Gateway to invoke the target from any stage, at this method and path.</summary>
    internal static CfnResource Permission(FunctionEvent evt, string suffix, string path, string method)
    {
        var trimmed = ApiPaths.TrimTrailingSlash(path);
        trimmed = ApiPaths.RestParametersAsWildcards(trimmed);
        var arnMethod = method == "any" ? "*" : Templates.PythonCase.Upper(method);
        var sourceArn = new JObject
        {
            ["Fn::Sub"] = new JArray(
                $"arn:{evt.Context.Partition}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{__ApiId__}}/${{__Stage__}}/{arnMethod}{trimmed}",
                new JObject { ["__ApiId__"] = evt.Properties["RestApiId"]!.DeepClone(), ["__Stage__"] = "*" }),
        };
        var prefix = evt.LogicalId + "Permission";
        var logicalId = PythonText.IsAlnum(suffix) ? prefix + suffix : LogicalIdGenerator.Generate(prefix, new JValue(suffix));
        var target = evt.Target;
        var permission = new CfnResource(logicalId, "AWS::Lambda::Permission").WithAttributes(target.PassThroughAttributes());
        permission["Action"] = "lambda:InvokeFunction";
        permission["FunctionName"] = Fn.Ref(target.LogicalId);
        permission["Principal"] = "apigateway.amazonaws.com";
        permission["SourceArn"] = sourceArn;
        return permission;
    }
}
