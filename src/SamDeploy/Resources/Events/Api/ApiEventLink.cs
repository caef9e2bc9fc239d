using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Api;

/// <summary>
/// What an Api event learns about its REST API before the function is transformed (the reference's
/// <c>resources_to_link</c>): the API's properties in the SAM template (edited in place), its logical id and the
/// stage suffix of the permission's logical id.
/// </summary>
/// <param name="ApiProperties">The API's properties when RestApiId names a resource of the template; else null.</param>
/// <param name="ApiId">The API's logical id, or the RestApiId value when it is not a plain reference.</param>
/// <param name="StageSuffix">The StageName, <c>Stage</c> when it is not a string, <c>AllStages</c> for an API outside the template.</param>
/// <param name="Stage">The stage as a value (the StageName node when it is one, so it keeps its origin).</param>
internal sealed record ApiEventLink(JObject? ApiProperties, JToken? ApiId, string StageSuffix, JToken Stage);
