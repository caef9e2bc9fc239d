using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform.Plugins.ImplicitApi;

/// <summary>
/// The order the reference visits the template's resources in. A template with a REST API is converted to Python 2.7
/// maps, so its resources iterate in Python 2.7 order, which also remembers the implicit APIs the plugins added and
/// removed again. The order decides which function writes into a shared API definition first, and so the
/// definition's key order and its deployment id. Null when the template keeps document order.
/// </summary>
internal sealed class ResourceIterationOrder
{
    /// <summary>The logical ids in iteration order, or null for document order.</summary>
    public IReadOnlyList<string>? LogicalIds { get; internal set; }

    /// <summary>The Python 2.7 order of the resources map with its history of added and removed implicit APIs (with <see cref="IsPy27"/>).</summary>
    internal Resources.Api.Python27.Py27KeyOrder? Py27Order { get; set; }

    /// <summary>Whether the template was converted to the reference's Python 2.7 types (it has a REST API).</summary>
    public bool IsPy27 { get; internal set; }

    /// <summary>
    /// The entries of <paramref name="resources"/> in the order the reference visits them: those named in
    /// <see cref="LogicalIds"/> in that order, then any other in document order (all in document order when
    /// <see cref="LogicalIds"/> is null).
    /// </summary>
    /// <param name="resources">The template's resources.</param>
    /// <returns>The entries in visiting order.</returns>
    public List<JProperty> InOrder(JObject resources)
    {
        if (LogicalIds is not { } ids)
        {
            return [.. resources.Properties()];
        }

        var inOrder = new List<JProperty>(resources.Count);
        var named = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (resources.Property(id, StringComparison.Ordinal) is { } property)
            {
                inOrder.Add(property);
            }
        }

        foreach (var property in resources.Properties())
        {
            if (!named.Contains(property.Name))
            {
                inOrder.Add(property);
            }
        }

        return inOrder;
    }
}
