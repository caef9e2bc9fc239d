using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>
/// One path of a definition's <c>paths</c> map as it was (whether it existed, a copy of its item) and the map's own
/// annotations (its Python 2.7 key order), so that an edit of that path made in place can be undone when it fails.
/// Shared by the REST and the OpenAPI editors.
/// </summary>
internal sealed class PathItemSnapshot
{
    private readonly string _path;
    private readonly JToken? _item;
    private readonly IReadOnlyList<object> _pathsAnnotations;

    private PathItemSnapshot(string path, JToken? item, IReadOnlyList<object> pathsAnnotations)
    {
        _path = path;
        _item = item;
        _pathsAnnotations = pathsAnnotations;
    }

    /// <summary>Saves <paramref name="path"/> of <paramref name="paths"/>.</summary>
    public static PathItemSnapshot Take(JObject paths, string path) =>
        new(path, paths[path]?.DeepClone(), TokenAnnotations.Save(paths));

    /// <summary>Puts the path back into <paramref name="paths"/> as it was (once: the saved item then belongs to the map).</summary>
    public void Restore(JObject paths)
    {
        if (_item is null)
        {
            paths.Remove(_path);
        }
        else if (paths.Property(_path, StringComparison.Ordinal) is { } property)
        {
            property.Value = _item;
        }
        else
        {
            paths.Add(_path, _item);
        }

        TokenAnnotations.ReplaceAll(paths, _pathsAnnotations);
    }
}
