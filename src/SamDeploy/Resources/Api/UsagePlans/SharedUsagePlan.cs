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
    private JToken? _deletionPolicy;
    private JToken? _updateReplacePolicy;

    internal List<JToken> StageKeys { get; } = [];

    internal List<JToken> ApiStages { get; } = [];

    internal List<string> DependsOn { get; } = [];

    /// <summary>Folds one API's attributes in and returns the attributes for the shared resources.</summary>
    internal List<KeyValuePair<string, JToken>> CombinedAttributes(IReadOnlyList<KeyValuePair<string, JToken>> attributes, JObject? templateConditions)
    {
        JToken? Raw(string name) => attributes.FirstOrDefault(a => a.Key == name).Value;
        string? Get(string name) => Raw(name) is JValue { Type: JTokenType.String } v ? (string?)v : null;
        static bool Is(JToken? value, string text) => value is JValue { Type: JTokenType.String } v && (string?)v == text;

        // As the reference: any value Python takes for true (an intrinsic too) is kept; a later API only replaces it
        // with a stronger policy.
        var deletion = Raw("DeletionPolicy");
        if (Transform.Truthiness.IsTruthy(deletion) && (_deletionPolicy is null || Is(deletion, "Retain")))
        {
            _deletionPolicy = deletion;
        }

        var replace = Raw("UpdateReplacePolicy");
        if (Transform.Truthiness.IsTruthy(replace)
            && (_updateReplacePolicy is null || Is(replace, "Retain") || (Is(replace, "Snapshot") && Is(_updateReplacePolicy, "Delete"))))
        {
            _updateReplacePolicy = replace;
        }

        SetCondition(Get("Condition"), templateConditions);
        var combined = new List<KeyValuePair<string, JToken>>();
        if (_deletionPolicy is not null)
        {
            combined.Add(new("DeletionPolicy", _deletionPolicy.DeepClone()));
        }

        if (_updateReplacePolicy is not null)
        {
            combined.Add(new("UpdateReplacePolicy", _updateReplacePolicy.DeepClone()));
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
