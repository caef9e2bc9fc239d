using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Insights.Rollout;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>
/// SAM1001: a Type that is neither one of the nine predefined configurations nor an
/// <c>AWS::CodeDeploy::DeploymentConfig</c> of the template. The transform passes any string through, and the
/// deployment group then fails to create (or, if the name exists in the account, uses a configuration nobody reviewed).
/// Checks literal Types, Refs to resources, and the Default and AllowedValues of a parameter the Type refers to.
/// </summary>
internal sealed class UnknownDeploymentTypeRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.UnknownDeploymentType;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var customs = DeploymentTypeResolver.CustomConfigs(context.SourceResources).ToList();
        var known = PredefinedDeploymentConfigs.All.Select(c => c.Name).Concat(customs.Select(c => c.ConfigName).OfType<string>()).ToList();
        foreach (var node in context.PreferenceNodes())
        {
            var type = node.Map["Type"];
            var where = LintContext.Describe(node);
            if (type is JValue { Type: JTokenType.String } literal)
            {
                if (Unknown((string)literal!, customs))
                {
                    yield return Warning(where, "Type", (string)literal!, known, type);
                }
            }
            else if (LintContext.RefTarget(type) is { } target)
            {
                if (context.IsParameter(target))
                {
                    var parameter = (JObject)context.Source["Parameters"]![target]!;
                    var values = new List<JToken>();
                    if (parameter["Default"] is { } defaultValue)
                    {
                        values.Add(defaultValue);
                    }

                    if (parameter["AllowedValues"] is JArray allowed)
                    {
                        values.AddRange(allowed);
                    }

                    foreach (var value in values)
                    {
                        if (value is JValue { Type: JTokenType.String } text && Unknown((string)text!, customs))
                        {
                            yield return Warning(where, "Type (through parameter " + target + ")", (string)text!, known, value);
                        }
                    }
                }
                else if (context.SourceType(target) is { } resourceType && !string.Equals(resourceType, "AWS::CodeDeploy::DeploymentConfig", StringComparison.Ordinal))
                {
                    yield return LintContext.Warn(
                        Descriptor,
                        node.Owner,
                        $"{where}.Type refers to '{target}', a {resourceType}, not an AWS::CodeDeploy::DeploymentConfig.",
                        type);
                }
            }
        }
    }

    private static bool Unknown(string name, List<(string LogicalId, string? ConfigName)> customs) =>
        PredefinedDeploymentConfigs.Find(name) is null && !customs.Any(c => string.Equals(c.ConfigName, name, StringComparison.Ordinal));

    private Diagnostic Warning(string where, string what, string name, List<string> known, JToken at) =>
        LintContext.Warn(
            Descriptor,
            where,
            $"{where}.{what} '{name}' is neither a predefined CodeDeploy configuration nor a DeploymentConfig of this template; the deployment group fails to create unless the account has a configuration of that name.{DidYouMean.Hint(name, known)}",
            at);
}
