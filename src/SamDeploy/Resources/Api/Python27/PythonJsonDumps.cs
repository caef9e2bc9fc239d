using Newtonsoft.Json.Linq;
using SamDeploy.Templates.LogicalIds;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// Python's <c>json.dumps(value)</c> with its default settings (<c>", "</c> and <c>": "</c> separators, ASCII only),
/// maps in their Python iteration order (see <see cref="Py27"/>): the text the reference hashes for a custom domain.
/// </summary>
internal static class PythonJsonDumps
{
    public static string Of(JToken value) => PythonJson.Dumps(value, ", ", ": ", Py27.Keys);
}
