using Newtonsoft.Json.Linq;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins;

namespace SamDeploy.Resources.CodeDeploy;

/// <summary>
/// Emits what belongs to the whole stack once every function was transformed: the CodeDeploy application, the
/// combined condition, the service role (unless every enabled preference has its own) and one deployment group
/// per function with an enabled preference.
/// </summary>
internal sealed class CodeDeployStackPlugin : ITemplatePlugin
{
    /// <inheritdoc />
    public string Name => "DeploymentPreferences";

    /// <inheritdoc />
    public void BeforeResources(TransformContext context)
    {
    }

    /// <inheritdoc />
    public void AfterResources(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var collection = context.State<DeploymentPreferenceCollection>();
        if (!collection.AnyEnabled)
        {
            return;
        }

        var resources = (JObject)context.Output["Resources"]!;
        resources[DeploymentPreferenceCollection.ApplicationLogicalId] = collection.ApplicationResource();
        if (collection.NeedsResourceCondition && collection.CombinedConditions() is { } conditions)
        {
            // Like the reference, the combined condition is added only to an existing Conditions section.
            var existing = context.Output["Conditions"] as JObject ?? [];
            foreach (var property in conditions.Properties())
            {
                existing[property.Name] = property.Value;
            }
        }

        if (!collection.CanSkipServiceRole)
        {
            resources[DeploymentPreferenceCollection.ServiceRoleLogicalId] = collection.ServiceRoleResource(context.Partition);
        }

        var errors = new List<SamDeploy.Diagnostics.Diagnostic>();
        foreach (var functionLogicalId in collection.EnabledLogicalIds)
        {
            try
            {
                resources[DeploymentPreferenceCollection.DeploymentGroupLogicalId(functionLogicalId)] = collection.DeploymentGroupResource(functionLogicalId);
            }
            catch (SamTemplateException e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }

        if (errors.Count > 0)
        {
            throw new SamTemplateException(errors);
        }
    }
}
