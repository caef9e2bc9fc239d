using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>The reference's check of a pull event's FilterCriteria: a map whose only key may be <c>Filters</c>.</summary>
internal static class FilterCriteriaCheck
{
    public static void Validate(FunctionEvent evt)
    {
        var criteria = evt["FilterCriteria"];
        if (Truthiness.IsFalsy(criteria) || Fn.IsIntrinsic(criteria))
        {
            return;
        }

        // Every pull source supports filtering, and the property check has made FilterCriteria a map.
        if (criteria is JObject map && !(map.Count == 1 && map.ContainsKey("Filters")))
        {
            throw PullErrors.Event(evt, "FilterCriteria field has a wrong format", criteria);
        }
    }
}
