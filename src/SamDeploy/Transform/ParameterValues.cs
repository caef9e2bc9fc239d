using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>Computes the parameter values a transform resolves references with, as the reference does.</summary>
internal static class ParameterValues
{
    public static ImmutableDictionary<string, JToken> For(JObject template, TransformOptions options)
    {
        var values = options.ParameterValues.WithComparers(StringComparer.Ordinal).ToBuilder();
        if (template["Parameters"] is JObject parameters)
        {
            foreach (var parameter in parameters.Properties())
            {
                if (!values.ContainsKey(parameter.Name) && parameter.Value is JObject definition && definition.TryGetValue("Default", StringComparison.Ordinal, out var defaultValue))
                {
                    values[parameter.Name] = defaultValue.DeepClone();
                }
            }
        }

        if (!values.ContainsKey("AWS::Region"))
        {
            values["AWS::Region"] = options.Region;
        }

        if (!values.ContainsKey("AWS::Partition"))
        {
            values["AWS::Partition"] = options.EffectivePartition;
        }

        return values.ToImmutable();
    }
}
