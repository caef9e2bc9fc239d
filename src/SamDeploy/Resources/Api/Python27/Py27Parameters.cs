using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// A parameter resolver whose values carry the reference's Python flavour: it converts the caller's parameter values
/// and the template's defaults like the template (see <see cref="Py27.MarkFromTemplate"/>), but not the pseudo
/// parameters it adds later.
/// </summary>
internal static class Py27Parameters
{
    public static IntrinsicResolver Resolver(TransformContext context)
    {
        var marked = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var (name, value) in context.Parameters)
        {
            var copy = value.DeepClone();
            if (!name.StartsWith("AWS::", StringComparison.Ordinal))
            {
                Py27.MarkFromTemplate(copy);
            }

            marked[name] = copy;
        }

        return IntrinsicResolver.ForParameters(marked);
    }
}
