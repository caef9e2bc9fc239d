using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Api.UsagePlans;

/// <summary>
/// The usage plan all APIs with <c>CreateUsagePlan: SHARED</c> share (the reference's <c>SharedApiUsagePlan</c>):
/// the stages and keys collected so far, and the attributes the shared resources get (the strongest DeletionPolicy
/// and UpdateReplacePolicy, and a combined condition unless some API has none). Stack-wide state of one transform.
/// </summary>
internal sealed class SharedUsagePlan
{
    /// <summary>The name of the condition that combines the APIs' conditions.</summary>
    public const string ConditionName = "SharedUsagePlanCondition";

    private readonly HashSet<string> _conditions = new(StringComparer.Ordinal);
    private bool _anyWithoutCondition;
    private string? _deletionPolicy;
    private string? _updateReplacePolicy;

    internal List<JToken> StageKeys { get; } = [];

    internal List<JToken> ApiStages { get; } = [];

    internal List<string> DependsOn { get; } = [];

    /// <summary>Folds one API's attributes in and returns the attributes for the shared resources.</summary>
    internal List<KeyValuePair<string, JToken>> CombinedAttributes(IReadOnlyList<KeyValuePair<string, JToken>> attributes, JObject? templateConditions)
    {
        string? Get(string name) => attributes.FirstOrDefault(a => a.Key == name).Value is JValue { Type: JTokenType.String } v ? (string?)v : null;
        var deletion = Get("DeletionPolicy");
        if (!string.IsNullOrEmpty(deletion) && (_deletionPolicy is null || deletion == "Retain"))
        {
            _deletionPolicy = deletion;
        }

        var replace = Get("UpdateReplacePolicy");
        if (!string.IsNullOrEmpty(replace) && (_updateReplacePolicy is null || replace == "Retain" || (replace == "Snapshot" && _updateReplacePolicy == "Delete")))
        {
            _updateReplacePolicy = replace;
        }

        SetCondition(Get("Condition"), templateConditions);
        var combined = new List<KeyValuePair<string, JToken>>();
        if (_deletionPolicy is not null)
        {
            combined.Add(new("DeletionPolicy", _deletionPolicy));
        }

        if (_updateReplacePolicy is not null)
        {
            combined.Add(new("UpdateReplacePolicy", _updateReplacePolicy));
        }

        if (_conditions.Count > 0 && !_anyWithoutCondition)
        {
            combined.Add(new("Condition", ConditionName));
        }

        return combined;
    }

    private void SetCondition(string? condition, JObject? templateConditions)
    {
        if (_anyWithoutCondition)
        {
            return;
        }

        if (!string.IsNullOrEmpty(condition) && !_conditions.Contains(condition))
        {
            if (templateConditions is null)
            {
                throw Transform.TemplateErrors.Template("Can't have condition without having 'Conditions' section in the template");
            }

            _conditions.Add(condition);
            templateConditions[ConditionName] = _conditions.Count > 1
                ? new JObject { ["Fn::Or"] = new JArray(_conditions.Select(c => new JObject { ["Condition"] = c })) }
                : condition;
        }
        else if (condition is null)
        {
            _anyWithoutCondition = true;
            templateConditions?.Remove(ConditionName);
        }
    }

    internal static JObject StageRef(string apiId, string stageId, string apiKey, string stageKey) =>
        new() { [apiKey] = Fn.Ref(apiId), [stageKey] = Fn.Ref(stageId) };
}
