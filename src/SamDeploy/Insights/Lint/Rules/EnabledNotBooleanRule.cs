using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>
/// SAM1004: an <c>Enabled</c> that is not a boolean. The transform turns off only <c>false</c>, the strings
/// <c>"false"</c> and <c>"False"</c>, and other falsy values (0, empty); any other string, <c>"no"</c> or
/// <c>"off"</c> included, leaves the preference on. Intrinsics (a parameter Ref) are not checked.
/// </summary>
internal sealed class EnabledNotBooleanRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.EnabledNotBoolean;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var node in context.PreferenceNodes())
        {
            var enabled = node.Map["Enabled"];
            if (enabled is null || enabled.Type == JTokenType.Boolean || Fn.IsIntrinsic(enabled))
            {
                continue;
            }

            var shown = enabled.Type == JTokenType.String ? "the string '" + (string?)enabled + "'" : enabled.ToString(Formatting.None);
            var effect = enabled switch
            {
                JValue { Type: JTokenType.String } s when (string?)s is "false" or "False" => "the transform reads it as false",
                _ when Transform.Truthiness.IsFalsy(enabled) => "the transform reads it as false",
                _ => "the transform reads it as true: the preference stays enabled",
            };
            yield return LintContext.Warn(
                Descriptor,
                node.Owner,
                string.Create(CultureInfo.InvariantCulture, $"{LintContext.Describe(node)}.Enabled is {shown}, not a boolean; {effect}. Write true or false."),
                enabled);
        }
    }
}
