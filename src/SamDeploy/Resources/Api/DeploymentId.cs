using System.Text;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Resources.Api;

/// <summary>
/// The hashed logical id of an API's deployment (the reference's <c>make_auto_deployable</c>): a new id, and so a new
/// deployment, whenever the definition changes. The hashed text is the Python <c>str()</c> of the definition (see
/// <see cref="PythonStr"/>), then, joined by <c>||</c>, the OpenApiVersion, the custom domain as JSON and the names
/// of the functions whose Api events target this API.
/// </summary>
internal static class DeploymentId
{
    private const string Delimiter = "||";

    /// <summary>The text the reference hashes, in a builder (for a large API it is megabytes; it is hashed from its chunks).</summary>
    /// <param name="definition">The Body or BodyS3Location of the RestApi.</param>
    /// <param name="openApiVersion">The OpenApiVersion property, if set.</param>
    /// <param name="domainJson">The custom domain configuration as Python's json.dumps writes it, if any.</param>
    /// <param name="functionNames">The FunctionNames of the functions with Api events on this API, concatenated.</param>
    public static StringBuilder HashInput(JToken definition, JToken? openApiVersion, string? domainJson, string? functionNames)
    {
        var text = PythonStr.Write(new StringBuilder(), definition);
        if (Transform.Truthiness.IsTruthy(openApiVersion))
        {
            text.Append(Delimiter).Append(Templates.Intrinsics.PythonRepr.Format(openApiVersion));
        }

        if (!string.IsNullOrEmpty(domainJson))
        {
            text.Append(Delimiter).Append(domainJson);
        }

        if (!string.IsNullOrEmpty(functionNames))
        {
            text.Append(Delimiter).Append(functionNames);
        }

        return text;
    }

    /// <summary>
    /// The deployment's logical id (<c>{ApiId}Deployment</c> and the first 10 hex digits of the SHA-1 of
    /// <paramref name="hashInput"/>) and its description (<c>RestApi deployment id: </c> and the whole SHA-1).
    /// </summary>
    public static (string LogicalId, string Description) For(string apiLogicalId, StringBuilder hashInput)
    {
        var sha1 = LogicalIdGenerator.Sha1Hex(hashInput);
        return (apiLogicalId + "Deployment" + sha1[..LogicalIdGenerator.HashLength], "RestApi deployment id: " + sha1);
    }
}
