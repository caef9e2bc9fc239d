using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>Computes the parameter values a transform resolves references with, as the reference does.</summary>
internal static class ParameterValues
{
    public static Dictionary<string, JToken> For(JObject template, TransformOptions options)
    {
        var values = new Dictionary<string, JToken>(StringComparer.Ordinal);
        if (!options.ParameterValues.IsEmpty)
        {
            foreach (var (name, value) in options.ParameterValues)
            {
                values[name] = value;
            }
        }

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

        return values;
    }
}
