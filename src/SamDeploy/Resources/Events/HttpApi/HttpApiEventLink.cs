using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.HttpApi;

/// <summary>
/// What an HttpApi event learns about its API before the function is transformed (the reference's
/// <c>resources_to_link</c>): the API's properties in the SAM template (edited in place) and its logical id.
/// </summary>
/// <param name="Api">The API's properties (an empty map when the API has none).</param>
/// <param name="ApiId">The API's logical id.</param>
internal sealed record HttpApiEventLink(JObject Api, string ApiId);
