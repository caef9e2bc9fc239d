using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Insights.Rollout;
using SamDeploy.Resources.CodeDeploy;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;

namespace SamDeploy.Insights.Diff;

/// <summary>
/// Compares what two versions of a template transform into. A function whose <c>AWS::Lambda::Version</c> gets a new
/// logical id publishes a new version (its hash covers the code, Environment, MemorySize and SnapStart, or every
/// property with AutoPublishAliasAllProperties), so its alias moves and, with an enabled DeploymentPreference,
/// CodeDeploy runs a deployment. A function that changes while its Version id stays the same publishes nothing:
/// the alias keeps serving the old version with its old configuration.
/// </summary>
public static class TemplateDiffer
{
    /// <summary>Compares two templates given as text.</summary>
    /// <param name="oldText">The deployed template.</param>
    /// <param name="oldPath">Its file, for diagnostics.</param>
    /// <param name="newText">The template about to be deployed.</param>
    /// <param name="newPath">Its file, for diagnostics.</param>
    /// <param name="options">Transform options for both; defaults when omitted.</param>
    /// <returns>The differences, or the diagnostics when a template is invalid.</returns>
    public static TemplateDiff Diff(string oldText, string? oldPath, string newText, string? newPath, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        options ??= TransformOptions.Default;
        var oldRead = TemplateReader.Read(oldText, oldPath, options.Limits);
        var newRead = TemplateReader.Read(newText, newPath, options.Limits);
        if (oldRead.Template is null || newRead.Template is null)
        {
            return new TemplateDiff([], [], [.. oldRead.Diagnostics, .. newRead.Diagnostics]);
        }

        return Diff(oldRead.Template, newRead.Template, options);
    }

    /// <summary>Compares two template trees (neither is changed).</summary>
    /// <param name="oldTemplate">The deployed template.</param>
    /// <param name="newTemplate">The template about to be deployed.</param>
    /// <param name="options">Transform options for both; defaults when omitted.</param>
    /// <returns>The differences, or the diagnostics when a template is invalid.</returns>
    public static TemplateDiff Diff(JObject oldTemplate, JObject newTemplate, TransformOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(oldTemplate);
        ArgumentNullException.ThrowIfNull(newTemplate);
        var transformer = new SamTransformer(options);
        var before = transformer.Transform(oldTemplate);
        var after = transformer.Transform(newTemplate);
        if (before.Template is null || after.Template is null)
        {
            return new TemplateDiff([], [], [.. before.Success ? [] : before.Diagnostics, .. after.Success ? [] : after.Diagnostics]);
        }

        var oldResources = before.Template["Resources"] as JObject ?? [];
        var newResources = after.Template["Resources"] as JObject ?? [];
        var plans = RolloutExplainer.Plans(newTemplate, after.Template);
        return new TemplateDiff(Functions(oldTemplate, newTemplate, oldResources, newResources, plans), CodeDeploy(oldResources, newResources), []);
    }

    private static ImmutableArray<FunctionChange> Functions(JObject oldTemplate, JObject newTemplate, JObject oldResources, JObject newResources, ImmutableArray<RolloutPlan> plans)
    {
        var oldIds = SamFunctions(oldTemplate);
        var newIds = SamFunctions(newTemplate);
        var changes = new List<FunctionChange>();
        foreach (var id in newIds.Concat(oldIds.Where(o => !newIds.Contains(o, StringComparer.Ordinal))))
        {
            var oldFunction = oldResources[id] as JObject;
            var newFunction = newResources[id] as JObject;
            var oldVersion = VersionOf(id, oldResources);
            var newVersion = VersionOf(id, newResources);
            var changed = ChangedParts(oldFunction?["Properties"] as JObject, newFunction?["Properties"] as JObject);
            var plan = plans.FirstOrDefault(p => string.Equals(p.FunctionLogicalId, id, StringComparison.Ordinal));
            var kind = (oldFunction, newFunction) switch
            {
                (null, _) => FunctionChangeKind.Added,
                (_, null) => FunctionChangeKind.Removed,
                _ when newVersion is not null && !string.Equals(oldVersion, newVersion, StringComparison.Ordinal) => FunctionChangeKind.NewVersion,
                _ when changed.IsEmpty => FunctionChangeKind.Unchanged,
                _ when newVersion is not null => FunctionChangeKind.NotPublished,
                _ => FunctionChangeKind.UpdatedInPlace,
            };
            var codeDeploy = kind == FunctionChangeKind.NewVersion && oldVersion is not null && plan is not null ? plan.DeploymentType.Display : null;
            changes.Add(new FunctionChange(id, kind, oldVersion, newVersion, changed, codeDeploy));
        }

        return [.. changes];
    }

    private static List<string> SamFunctions(JObject template) =>
        (template["Resources"] as JObject)?.Properties()
            .Where(p => p.Value is JObject r && r["Type"] is JValue { Type: JTokenType.String } t
                && ((string?)t is "AWS::Serverless::Function" or "AWS::Lambda::Function"))
            .Select(p => p.Name)
            .ToList() ?? [];

    private static string? VersionOf(string functionId, JObject resources) =>
        resources.Properties()
            .Where(p => p.Value is JObject r && string.Equals(SamDeploy.Templates.JsonText.StringOf(r["Type"]), "AWS::Lambda::Version", StringComparison.Ordinal)
                && string.Equals(Fn.LogicalIdOf(r["Properties"]?["FunctionName"]), functionId, StringComparison.Ordinal))
            .Select(p => p.Name)
            .FirstOrDefault();

    private static ImmutableArray<ResourceChange> CodeDeploy(JObject oldResources, JObject newResources)
    {
        var changes = new List<ResourceChange>();
        var ids = newResources.Properties().Select(p => p.Name)
            .Concat(oldResources.Properties().Select(p => p.Name).Where(id => newResources[id] is null));
        foreach (var id in ids)
        {
            var oldResource = oldResources[id] as JObject;
            var newResource = newResources[id] as JObject;
            var type = (string?)(newResource ?? oldResource)?["Type"] ?? string.Empty;
            if (IsCodeDeploy(id, type))
            {
                if (oldResource is null || newResource is null)
                {
                    changes.Add(new ResourceChange(id, type, oldResource is null ? ResourceChangeKind.Added : ResourceChangeKind.Removed, []));
                }
                else if (ChangedParts(oldResource, newResource) is { IsEmpty: false } parts)
                {
                    changes.Add(new ResourceChange(id, type, ResourceChangeKind.Modified, [.. parts.Select(p => p == "Properties" ? string.Join(", ", ChangedParts(oldResource["Properties"] as JObject, newResource["Properties"] as JObject)) : p)]));
                }
            }
            else if (string.Equals(type, "AWS::Lambda::Alias", StringComparison.Ordinal) && oldResource is not null && newResource is not null
                && !JToken.DeepEquals(oldResource["UpdatePolicy"], newResource["UpdatePolicy"]))
            {
                changes.Add(new ResourceChange(id, type, ResourceChangeKind.Modified, ["UpdatePolicy"]));
            }
        }

        return [.. changes];
    }

    private static bool IsCodeDeploy(string logicalId, string type) =>
        type.StartsWith("AWS::CodeDeploy::", StringComparison.Ordinal)
        || string.Equals(logicalId, DeploymentPreferenceCollection.ServiceRoleLogicalId, StringComparison.Ordinal);

    /// <summary>The keys whose values differ between two maps, in the new map's order and then the removed ones.</summary>
    private static ImmutableArray<string> ChangedParts(JObject? before, JObject? after)
    {
        before ??= [];
        after ??= [];
        var keys = after.Properties().Select(p => p.Name).Concat(before.Properties().Select(p => p.Name).Where(k => after[k] is null));
        return [.. keys.Where(k => !JToken.DeepEquals(before[k], after[k]))];
    }
}
