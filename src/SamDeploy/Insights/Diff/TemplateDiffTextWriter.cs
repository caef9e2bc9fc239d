using System.Text;

namespace SamDeploy.Insights.Diff;

/// <summary>Writes a <see cref="TemplateDiff"/> for a terminal.</summary>
public static class TemplateDiffTextWriter
{
    /// <summary>Writes the diff.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Write(TemplateDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        Section(text, "Functions that publish a new version", diff.Functions.Where(f => f.Kind == FunctionChangeKind.NewVersion), f =>
            $"{f.FunctionLogicalId}: {f.OldVersionLogicalId ?? "(no version)"} -> {f.NewVersionLogicalId}; "
            + (f.CodeDeployType is null ? "the alias moves to it at once, without CodeDeploy" : "CodeDeploy shifts the alias (" + f.CodeDeployType + ")")
            + (f.ChangedProperties.IsEmpty ? string.Empty : "; changed: " + string.Join(", ", f.ChangedProperties)));
        Section(text, "Changes that publish no version (the alias keeps serving the old version)", diff.Functions.Where(f => f.Kind == FunctionChangeKind.NotPublished), f =>
            $"{f.FunctionLogicalId}: {string.Join(", ", f.ChangedProperties)} changed, outside the version hash; set AutoPublishAliasAllProperties: true to publish on any change");
        Section(text, "Functions updated in place (no AutoPublishAlias)", diff.Functions.Where(f => f.Kind == FunctionChangeKind.UpdatedInPlace), f =>
            $"{f.FunctionLogicalId}: {string.Join(", ", f.ChangedProperties)} changed");
        Section(text, "Functions added (first version, no CodeDeploy deployment)", diff.Functions.Where(f => f.Kind == FunctionChangeKind.Added), f => f.FunctionLogicalId);
        Section(text, "Functions removed", diff.Functions.Where(f => f.Kind == FunctionChangeKind.Removed), f => f.FunctionLogicalId);
        Section(text, "CodeDeploy resources", diff.CodeDeploy, c => c.Kind switch
        {
            ResourceChangeKind.Added => "+ " + c.LogicalId + " (" + c.Type + ")",
            ResourceChangeKind.Removed => "- " + c.LogicalId + " (" + c.Type + ")",
            _ => "~ " + c.LogicalId + " (" + c.Type + "): " + string.Join(", ", c.ChangedParts),
        });
        return text.Length == 0 ? "No function or CodeDeploy resource changes.\n" : text.ToString();
    }

    private static void Section<T>(StringBuilder text, string title, IEnumerable<T> items, Func<T, string> line)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(title).Append(":\n");
        foreach (var item in list)
        {
            text.Append("  ").Append(line(item)).Append('\n');
        }
    }
}
