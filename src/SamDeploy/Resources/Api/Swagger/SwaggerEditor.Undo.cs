using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>Undoing a failed edit of a document edited in place (see <see cref="EditInPlace"/>).</summary>
internal sealed partial class SwaggerEditor
{
    /// <summary>
    /// Saves what an in-place edit of one path can change (the document's own keys and sections other than the
    /// paths, the paths map's key set, that path's item, and the Python 2.7 state on the document and its paths map),
    /// so that <see cref="Undo"/> can put it back when the edit fails: the reference edits a copy, which a failure
    /// leaves behind, and a half-made route would change what later events report. Call before
    /// <see cref="BeginEdit"/>. The saved parts are small next to the paths they leave out. An edit in place must read
    /// and write no other path item: a map it brought up to date with the copy clock would not be put back.
    /// </summary>
    public UndoPoint SaveForUndo()
    {
        if (_inPlacePath is null)
        {
            throw new InvalidOperationException("Only an editor in place can undo.");
        }

        var sections = new List<JProperty>(_doc.Count);
        foreach (var property in new PropertyWalk(_doc))
        {
            sections.Add(property.Name == "paths" ? property : new JProperty(property.Name, property.Value.DeepClone()));
        }

        return new UndoPoint(sections, TokenAnnotations.Save(_doc), PathItemSnapshot.Take(Paths, _inPlacePath));
    }

    /// <summary>Puts the document back as it was at <paramref name="point"/>.</summary>
    public void Undo(UndoPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (_inPlacePath is null)
        {
            throw new InvalidOperationException("Only an editor in place can undo.");
        }

        point.Path.Restore(Paths);

        // The paths keep their own JProperty (re-adding it does not copy them); the other sections are the saved copies.
        foreach (var property in _doc.Properties().ToList())
        {
            property.Remove();
        }

        foreach (var property in point.Sections)
        {
            _doc.Add(property);
        }

        TokenAnnotations.ReplaceAll(_doc, point.DocumentAnnotations);
    }

    /// <summary>What <see cref="SaveForUndo"/> saved.</summary>
    internal sealed record UndoPoint(IReadOnlyList<JProperty> Sections, IReadOnlyList<object> DocumentAnnotations, PathItemSnapshot Path);
}
