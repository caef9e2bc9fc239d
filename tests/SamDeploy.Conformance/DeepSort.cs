using Newtonsoft.Json.Linq;

namespace SamDeploy.Conformance;

/// <summary>
/// The reference harness's <c>deep_sort_lists</c> and <c>custom_list_data_comparator</c>: every list at every
/// depth is sorted (its items first, then the list), two dicts compare by their <c>json.dumps(sort_keys=True)</c>
/// text, comparable values compare as Python compares them, and anything Python cannot order compares by type
/// name. The harness's <c>DO_NOT_SORT = ["Layers"]</c> is declared but never used, so no key is exempt.
/// </summary>
internal static class DeepSort
{
    /// <summary>Returns a sorted copy of <paramref name="token"/>.</summary>
    public static JToken Sort(JToken token)
    {
        switch (token)
        {
            case JObject map:
                var copy = new JObject();
                foreach (var property in map.Properties())
                {
                    copy.Add(property.Name, Sort(property.Value));
                }

                return copy;
            case JArray list:
                // A dict's JSON text is computed once per item, not once per comparison.
                var items = list.Select(item => Sort(item)).Select(item => (Token: item, Text: item is JObject ? PythonJson.Dumps(item) : null));
                return new JArray(PythonListSort.Sorted(items, (x, y) => Compare(x.Token, x.Text, y.Token, y.Text)).Select(item => item.Token));
            default:
                return token.DeepClone();
        }
    }

    /// <summary><c>custom_list_data_comparator(a, b)</c>.</summary>
    public static int Compare(JToken a, JToken b) =>
        Compare(a, a is JObject ? PythonJson.Dumps(a) : null, b, b is JObject ? PythonJson.Dumps(b) : null);

    private static int Compare(JToken a, string? aText, JToken b, string? bText)
    {
        if (aText is not null && bText is not null)
        {
            return Math.Sign(SamDeploy.Templates.LogicalIds.PythonJson.CodePointComparer.Instance.Compare(aText, bText));
        }

        return PythonValues.TryCompare(a, b)
            ?? Math.Sign(string.CompareOrdinal(PythonValues.TypeName(a), PythonValues.TypeName(b)));
    }
}
