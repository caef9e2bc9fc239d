using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>One resource of the template, as declared: its logical id and its definition.</summary>
/// <param name="LogicalId">The logical id.</param>
/// <param name="Definition">The definition (Type, Properties, Condition, DependsOn, ...).</param>
public sealed record SamResource(string LogicalId, JObject Definition)
{
    /// <summary>The resource type, such as <c>AWS::Serverless::Function</c>.</summary>
    public string? Type => Definition["Type"] is JValue { Type: JTokenType.String } type ? (string?)type : null;

    /// <summary>The properties; an empty map when there are none.</summary>
    public JObject Properties => Definition["Properties"] as JObject ?? [];

    /// <summary>The <c>Condition</c> attribute, when it is a string.</summary>
    public string? Condition => Definition["Condition"] is JValue { Type: JTokenType.String } condition ? (string?)condition : null;
}
