using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates;

/// <summary>
/// Moves the annotations a node carries (its source position, its Python 2.7 flavour) between nodes: Newtonsoft copies
/// them along with <see cref="JToken.DeepClone()"/> but not to a new node that takes an old one's place.
/// </summary>
internal static class TokenAnnotations
{
    /// <summary>Adds every annotation of <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void CopyAll(JToken from, JToken to)
    {
        foreach (var annotation in from.Annotations<object>())
        {
            to.AddAnnotation(annotation);
        }
    }

    /// <summary>The annotations of <paramref name="token"/> as they are now, to put back with <see cref="ReplaceAll"/>.</summary>
    public static IReadOnlyList<object> Save(JToken token) => [.. token.Annotations<object>()];

    /// <summary>Replaces every annotation of <paramref name="token"/> with <paramref name="annotations"/>.</summary>
    public static void ReplaceAll(JToken token, IReadOnlyList<object> annotations)
    {
        token.RemoveAnnotations<object>();
        foreach (var annotation in annotations)
        {
            token.AddAnnotation(annotation);
        }
    }
}
