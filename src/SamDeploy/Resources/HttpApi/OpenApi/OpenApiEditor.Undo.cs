using SamDeploy.Resources.Api.Swagger;

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
    public PathItemSnapshot SaveForUndo(string path) => PathItemSnapshot.Take(Paths, path);

    /// <summary>Puts the route back as it was when <paramref name="point"/> was saved.</summary>
    public void Undo(PathItemSnapshot point)
    {
        ArgumentNullException.ThrowIfNull(point);
        point.Restore(Paths);
    }
}
