using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Resources.Events.Push;
using SamDeploy.Resources.HttpApi.OpenApi;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.HttpApi;

/// <summary>
/// The <c>HttpApi</c> event of a function: a Lambda permission for API Gateway (none for a route the function's own
/// <c>$default</c> route already covers), and the route's <c>aws_proxy</c> integration (payload format, timeout, path
/// parameters, auth) in the HTTP API's OpenAPI definition. The implicit HTTP API plugin has already given the event
/// its ApiId, Path and Method.
/// </summary>
internal sealed class HttpApiEventSource : IEventSource
{
    /// <inheritdoc/>
    public string Type => "HttpApi";

    /// <inheritdoc/>
    public IReadOnlyList<PropertySpec> Properties { get; } =
    [
        PropertySpec.String("Path"),
        PropertySpec.String("Method"),
        PropertySpec.String("ApiId"),
        PropertySpec.String("Stage"),
        PropertySpec.Map("Auth"),
        PropertySpec.Generic("TimeoutInMillis", ValueChecks.IsInt),
        PropertySpec.Map("RouteSettings"),
        PropertySpec.String("PayloadFormatVersion"),
    ];

    /// <inheritdoc/>
    public void Link(FunctionEvent evt)
    {
        var apiIdToken = evt["ApiId"];
        var apiId = apiIdToken is JObject map && map.ContainsKey("Ref") ? map["Ref"] : apiIdToken;
        var id = apiId is JValue { Type: JTokenType.String } s ? (string)s! : string.Empty;
        var resource = evt.Context.Resources[id] as JObject;
        var properties = resource is not null && resource.TryGetValue("Properties", StringComparison.Ordinal, out var p) ? p as JObject : null;
        evt.Linked = new HttpApiEventLink(properties ?? [], id);
    }

    /// <inheritdoc/>
    public IEnumerable<CfnResource> Transform(FunctionEvent evt)
    {
        var link = (HttpApiEventLink)evt.Linked!;
        var path = (string)evt.Properties["Path"]!;
        var method = Templates.PythonCase.Lower((string)evt.Properties["Method"]!);
        var resources = new List<CfnResource>();
        if (Permission(evt, link, path, method) is { } permission)
        {
            resources.Add(permission);
        }

        HttpApiEventIntegration.Add(evt, link, path, method);
        return resources;
    }

    /// <summary>
    /// The permission for API Gateway to invoke the target from any stage on this route; null when the route is not
    /// <c>$default</c> and the function's own <c>$default</c> route (whose permission covers every route) exists.
    /// </summary>
    internal static CfnResource? Permission(FunctionEvent evt, HttpApiEventLink link, string path, string method)
    {
        var trimmed = ApiPaths.TrimTrailingSlash(path);
        OpenApiEditor? editor = null;
        if (Truthiness.IsTruthy(link.Api["DefinitionBody"]))
        {
            try
            {
                // Only read: no copy needed.
                editor = OpenApiEditor.InPlace(link.Api["DefinitionBody"]);
            }
            catch (SamTemplateException e)
            {
                throw TemplateErrors.Resource(link.ApiId, string.Join(" ", e.Diagnostics.Select(d => d.FullMessage)), link.Api["DefinitionBody"]);
            }
        }

        if (trimmed == OpenApiEditor.DefaultPath)
        {
            trimmed = string.Empty;
        }
        else if (editor is not null && editor.IsIntegrationOfFunction(OpenApiEditor.DefaultPath, SwaggerEditor.AnyMethod, evt.Target.LogicalId))
        {
            return null;
        }

        trimmed = ApiPaths.HttpParametersAsWildcards(trimmed);
        var arnMethod = method is "any" or SwaggerEditor.AnyMethod ? "*" : Templates.PythonCase.Upper(method);
        var resource = "${__ApiId__}/${__Stage__}";
        resource += method == "any" && trimmed == "/" + OpenApiEditor.DefaultPath ? trimmed : $"/{arnMethod}{trimmed}";
        var sourceArn = new JObject
        {
            ["Fn::Sub"] = new JArray(
                "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:" + resource,
                new JObject { ["__ApiId__"] = evt.Properties["ApiId"]!.DeepClone(), ["__Stage__"] = "*" }),
        };
        return new LambdaPermissionBuilder(evt, "apigateway.amazonaws.com") { SourceArn = sourceArn }.Build();
    }
}
