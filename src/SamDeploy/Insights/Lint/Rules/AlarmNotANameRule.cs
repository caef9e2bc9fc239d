using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Insights.Lint.Rules;

/// <summary>
/// SAM1005: an Alarms entry that is not a CloudWatch alarm name. CodeDeploy takes alarm names: an ARN
/// (a literal <c>arn:...</c> or <c>GetAtt Alarm.Arn</c>), a Ref to something that is not an alarm, a number or a
/// map make the deployment group fail or watch nothing.
/// </summary>
internal sealed class AlarmNotANameRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.AlarmNotAName;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var node in context.PreferenceNodes())
        {
            if (node.Map["Alarms"] is not JArray alarms)
            {
                continue;
            }

            foreach (var alarm in alarms)
            {
                if (Problem(alarm, context) is { } problem)
                {
                    yield return LintContext.Warn(
                        Descriptor,
                        node.Owner,
                        $"{LintContext.Describe(node)}.Alarms has the entry {TokenText.Describe(alarm)}, {problem}; CodeDeploy expects alarm names.",
                        alarm);
                }
            }
        }
    }

    private static string? Problem(JToken alarm, LintContext context)
    {
        switch (alarm)
        {
            case JValue { Type: JTokenType.String } text:
                return ((string?)text)!.StartsWith("arn:", StringComparison.Ordinal) ? "an ARN" : null;
            case JObject map when map.ContainsKey("Fn::GetAtt"):
                var attribute = map["Fn::GetAtt"] is JArray { Count: 2 } items ? (string?)(items[1] as JValue) : ((string?)(map["Fn::GetAtt"] as JValue))?.Split('.').LastOrDefault();
                return string.Equals(attribute, "Arn", StringComparison.Ordinal) ? "the alarm's ARN" : null;
            case JObject map when LintContext.RefTarget(map) is { } target:
                var type = context.SourceType(target);
                return type is null or "AWS::CloudWatch::Alarm" or "AWS::CloudWatch::CompositeAlarm" ? null : "a Ref to " + type;
            case JObject map when Fn.IsIntrinsic(map):
                return null;
            case JValue { Type: JTokenType.Null }:
                return "null";
            default:
                return alarm.Type switch
                {
                    JTokenType.Integer or JTokenType.Float => "a number",
                    JTokenType.Boolean => "a boolean",
                    JTokenType.Array => "a list",
                    _ => "a map",
                };
        }
    }
}
