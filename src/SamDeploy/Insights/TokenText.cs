using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Insights;

/// <summary>Short, readable text for template values in messages and tables: <c>Ref X</c>, <c>GetAtt A.B</c>, strings as they are.</summary>
internal static class TokenText
{
    public static string Describe(JToken? value)
    {
        switch (value)
        {
            case null:
                return "(none)";
            case JValue { Type: JTokenType.String } text:
                return (string)text!;
            case JValue scalar:
                return scalar.ToString(Formatting.None);
            case JObject { Count: 1 } map when map["Ref"] is JValue { Type: JTokenType.String } name:
                return "Ref " + (string)name!;
            case JObject { Count: 1 } map when map["Fn::GetAtt"] is JArray { Count: 2 } getAtt:
                return "GetAtt " + Describe(getAtt[0]) + "." + Describe(getAtt[1]);
            case JObject { Count: 1 } map when map["Fn::GetAtt"] is JValue { Type: JTokenType.String } getAtt:
                return "GetAtt " + (string)getAtt!;
            case JObject { Count: 1 } map when map["Fn::ImportValue"] is { } import:
                return "ImportValue " + Describe(import);
            case JObject { Count: 1 } map when map["Fn::Sub"] is JValue { Type: JTokenType.String } sub:
                return "Sub " + (string)sub!;
            default:
                return value.ToString(Formatting.None);
        }
    }
}
