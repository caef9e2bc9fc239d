using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// The <c>DependsOn</c> edits a connector makes to the template being built: resources that waited for the connector
/// wait for what it generated, and a resource that needs a generated policy first waits for it.
/// </summary>
internal static class ConnectorDependsOn
{
    /// <summary>Adds <paramref name="dependsOn"/> to the <c>DependsOn</c> of a resource, when the resource exists.</summary>
    /// <param name="resources">The template's resources as transformed so far.</param>
    /// <param name="logicalId">The resource that must wait.</param>
    /// <param name="dependsOn">The logical id it waits for.</param>
    public static void Add(JObject resources, string logicalId, string dependsOn)
    {
        if (resources[logicalId] is not JObject { Count: > 0 } resource)
        {
            return;
        }

        resource["DependsOn"] = InsertUnique(AsList(resource["DependsOn"] ?? new JArray()), [dependsOn]);
    }

    /// <summary>In every resource's <c>DependsOn</c>, replaces <paramref name="logicalId"/> by <paramref name="replacement"/>.</summary>
    /// <param name="resources">The template's resources as transformed so far.</param>
    /// <param name="logicalId">The connector's logical id.</param>
    /// <param name="replacement">The logical ids of the resources it generated.</param>
    public static void Replace(JObject resources, string logicalId, IReadOnlyList<string> replacement)
    {
        foreach (var resource in resources.PropertyValues().OfType<JObject>())
        {
            var dependsOn = AsList(resource["DependsOn"] ?? new JArray());
            var index = dependsOn.FindIndex(d => d is JValue { Type: JTokenType.String } s && string.Equals((string?)s, logicalId, StringComparison.Ordinal));
            if (index < 0)
            {
                continue;
            }

            dependsOn.RemoveAt(index);
            resource["DependsOn"] = InsertUnique(dependsOn, replacement);
        }
    }

    /// <summary>The <c>AWS::Lambda::EventSourceMapping</c>s from an event source to a function, by logical id.</summary>
    /// <param name="resources">The template's resources as transformed so far.</param>
    /// <param name="eventSourceId">The event source's logical id.</param>
    /// <param name="functionId">The function's logical id.</param>
    /// <returns>The mappings' logical ids, in template order.</returns>
    public static IEnumerable<string> EventSourceMappings(JObject resources, string eventSourceId, string functionId)
    {
        foreach (var (id, value) in resources)
        {
            if (value is not JObject resource || (string?)(resource["Type"] as JValue) != "AWS::Lambda::EventSourceMapping")
            {
                continue;
            }

            var properties = resource["Properties"] as JObject ?? [];
            var mappingFunction = ConnectorEndpointResolver.LogicalIdOf(properties["FunctionName"]);
            var mappingSource = ConnectorEndpointResolver.LogicalIdOf(properties["EventSourceArn"]);
            if (!string.IsNullOrEmpty(mappingFunction) && !string.IsNullOrEmpty(mappingSource)
                && string.Equals(mappingFunction, functionId, StringComparison.Ordinal)
                && string.Equals(mappingSource, eventSourceId, StringComparison.Ordinal))
            {
                yield return id;
            }
        }
    }

    private static List<JToken> AsList(JToken value) =>
        value is JArray list ? [.. list.Select(item => item.DeepClone())] : [value.DeepClone()];

    private static JArray InsertUnique(List<JToken> existing, IEnumerable<string> values)
    {
        var result = new JArray(existing);
        foreach (var value in values)
        {
            if (!result.Any(item => JToken.DeepEquals(item, value)))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
