using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.HttpApi.OpenApi;

/// <summary>Undoing a failed edit of one route of a document edited in place (see <see cref="InPlace"/>).</summary>
internal sealed partial class OpenApiEditor
{
    /// <summary>
    /// Saves what adding a route at <paramref name="path"/> can change in the document (whether the path exists, its
    /// item, and the paths map's Python 2.7 state), so that <see cref="Undo"/> can put it back when the edit fails:
    /// the reference edits a copy, which a failure leaves behind, and a half-made route would change what later events
    /// report.
    /// </summary>
    public RouteUndoPoint SaveForUndo(string path)
    {
        var item = Paths[path];
        return new RouteUndoPoint(path, item is not null, item?.DeepClone(), [.. Paths.Annotations<object>()]);
    }

    /// <summary>Puts the route back as it was at <paramref name="point"/>.</summary>
    public void Undo(RouteUndoPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (!point.HadPath)
        {
            Paths.Remove(point.Path);
        }
        else if (Paths.Property(point.Path, StringComparison.Ordinal) is { } property)
        {
            property.Value = point.Item!;
        }
        else
        {
            Paths.Add(point.Path, point.Item);
        }

        Paths.RemoveAnnotations<object>();
        foreach (var annotation in point.PathsAnnotations)
        {
            Paths.AddAnnotation(annotation);
        }
    }

    /// <summary>What <see cref="SaveForUndo"/> saved.</summary>
    internal sealed record RouteUndoPoint(string Path, bool HadPath, JToken? Item, IReadOnlyList<object> PathsAnnotations);
}
