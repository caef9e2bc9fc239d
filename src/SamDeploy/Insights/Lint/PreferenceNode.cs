using Newtonsoft.Json.Linq;

namespace SamDeploy.Insights.Lint;

/// <summary>A DeploymentPreference map as written in the source: on a function, or in <c>Globals.Function</c>.</summary>
/// <param name="Owner">The function's logical id, or <c>Globals</c>.</param>
/// <param name="Map">The map.</param>
internal sealed record PreferenceNode(string Owner, JObject Map);
