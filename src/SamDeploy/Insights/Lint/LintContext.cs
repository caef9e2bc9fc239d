using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Rollout;
using SamDeploy.Templates;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Insights.Lint;

/// <summary>What the lint rules look at: the source tree (with positions), the transform's output and the rollout plans.</summary>
internal sealed class LintContext
{
    public const string GlobalsOwner = "Globals";

    public LintContext(JObject source, JObject? output, ImmutableArray<RolloutPlan> plans)
    {
        Source = source;
        Output = output;
        Plans = plans;
    }

    /// <summary>The template as read, every node with its position.</summary>
    public JObject Source { get; }

    /// <summary>The transformed template, or null when the transform failed.</summary>
    public JObject? Output { get; }

    /// <summary>The rollout plans (empty when the transform failed).</summary>
    public ImmutableArray<RolloutPlan> Plans { get; }

    public JObject SourceResources => Source["Resources"] as JObject ?? [];

    public JObject OutputResources => Output?["Resources"] as JObject ?? [];

    /// <summary>Every DeploymentPreference map written in the source: Globals first, then functions in order.</summary>
    public IEnumerable<PreferenceNode> PreferenceNodes()
    {
        if (Source["Globals"]?["Function"]?["DeploymentPreference"] is JObject global)
        {
            yield return new PreferenceNode(GlobalsOwner, global);
        }

        foreach (var resource in SourceResources.Properties())
        {
            if (IsServerlessFunction(resource.Value) && resource.Value["Properties"]?["DeploymentPreference"] is JObject own)
            {
                yield return new PreferenceNode(resource.Name, own);
            }
        }
    }

    /// <summary>Where a function's DeploymentPreference key is written: on the function, else in Globals, else the function itself.</summary>
    public JToken? PreferenceSource(string functionId, string? key)
    {
        var own = SourceResources[functionId]?["Properties"]?["DeploymentPreference"] as JObject;
        var global = Source["Globals"]?["Function"]?["DeploymentPreference"] as JObject;
        if (key is not null)
        {
            return own?[key] ?? global?[key] ?? own ?? global ?? SourceResources[functionId];
        }

        return own ?? global ?? SourceResources[functionId];
    }

    /// <summary>The owner label of a preference node in messages.</summary>
    public static string Describe(PreferenceNode node) =>
        node.Owner == GlobalsOwner ? "Globals.Function.DeploymentPreference" : node.Owner + ".DeploymentPreference";

    public static bool IsServerlessFunction(JToken? resource) =>
        resource is JObject r && string.Equals((string?)(r["Type"] as JValue), "AWS::Serverless::Function", StringComparison.Ordinal);

    /// <summary>The type of a source resource, or null.</summary>
    public string? SourceType(string logicalId) => SourceResources[logicalId]?["Type"] is JValue { Type: JTokenType.String } type ? (string?)type : null;

    /// <summary>Whether a Ref names a parameter of the template.</summary>
    public bool IsParameter(string name) => Source["Parameters"]?[name] is JObject;

    /// <summary>A warning at <paramref name="at"/>.</summary>
    public static Diagnostic Warn(DiagnosticDescriptor descriptor, string subject, string message, JToken? at) =>
        new(descriptor, DiagnosticKind.Plain, message, subject, SourceInfo.GetSpan(at));

    /// <summary>The logical id a <c>Ref</c> names, or null for anything else.</summary>
    public static string? RefTarget(JToken? value) =>
        value is JObject map && map.ContainsKey("Ref") ? Fn.LogicalIdOf(map) : null;
}
