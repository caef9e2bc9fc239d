using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Insights.Diff;

/// <summary>Writes a <see cref="TemplateDiff"/> as JSON: <c>{"functions": [...], "codeDeploy": [...]}</c>; unchanged functions are left out.</summary>
public static class TemplateDiffJsonWriter
{
    /// <summary>Writes the diff.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>Indented JSON ending with a newline.</returns>
    public static string Write(TemplateDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var json = new JObject
        {
            ["functions"] = new JArray(diff.Functions.Where(f => f.Kind != FunctionChangeKind.Unchanged).Select(f => new JObject
            {
                ["function"] = f.FunctionLogicalId,
                ["change"] = Camel(f.Kind.ToString()),
                ["oldVersion"] = f.OldVersionLogicalId,
                ["newVersion"] = f.NewVersionLogicalId,
                ["changedProperties"] = new JArray(f.ChangedProperties),
                ["codeDeployType"] = f.CodeDeployType,
            })),
            ["codeDeploy"] = new JArray(diff.CodeDeploy.Select(c => new JObject
            {
                ["logicalId"] = c.LogicalId,
                ["type"] = c.Type,
                ["change"] = Camel(c.Kind.ToString()),
                ["changed"] = new JArray(c.ChangedParts),
            })),
        };
        return json.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
