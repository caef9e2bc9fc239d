using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// One SAM policy template: a named list of IAM policy statements with parameters that a function or state machine
/// fills in (<c>Policies: [{SQSPollerPolicy: {QueueName: MyQueue}}]</c>). Immutable.
/// </summary>
internal sealed class PolicyTemplate
{
    private readonly JObject _definition;

    internal PolicyTemplate(string name, ImmutableArray<string> parameters, JArray statement)
    {
        Name = name;
        Parameters = parameters;
        _definition = new JObject(new JProperty("Statement", statement));
    }

    /// <summary>The template's name, the key a user writes in <c>Policies</c>.</summary>
    public string Name { get; }

    /// <summary>The names of the template's parameters; each must be given a value.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>A copy of the template's statements, with <c>{"Ref": PARAMETER}</c> where each parameter's value goes.</summary>
    public JArray Statement => (JArray)_definition["Statement"]!.DeepClone();

    /// <summary>
    /// Expands the template into a policy document <c>{"Statement": [...]}</c>, exactly as the reference transform
    /// does: <paramref name="parameterValues"/> must be a map; every parameter needs a value; values for names the
    /// template does not declare are ignored; each value is copied, as written, wherever its parameter is referenced.
    /// </summary>
    /// <param name="parameterValues">The map of parameter values a user wrote under the template's name.</param>
    /// <returns>A new policy document.</returns>
    /// <exception cref="PolicyTemplateException">The values are not a map, or some parameters have no value.</exception>
    public JObject Expand(JToken? parameterValues)
    {
        if (parameterValues is not JObject values)
        {
            throw new PolicyTemplateException(
                PolicyTemplateErrorKind.InvalidParameterValues,
                Name,
                "Parameter values are required to process a policy template");
        }

        var missing = Parameters.Where(parameter => !values.ContainsKey(parameter)).ToList();
        if (missing.Count > 0)
        {
            // The reference prints a Python list of the names; it takes them from a set, so with more than one missing
            // its order varies from run to run. We list them in the template's declared order.
            throw new PolicyTemplateException(
                PolicyTemplateErrorKind.MissingParameterValues,
                Name,
                "Following required parameters of template '" + Name + "' don't have values: ["
                + string.Join(", ", missing.Select(name => "'" + name + "'")) + "]");
        }

        var declared = values.Properties()
            .Where(property => Parameters.Contains(property.Name, StringComparer.Ordinal))
            .ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal);
        return (JObject)PolicyParameterResolver.Resolve(Name, _definition, declared);
    }
}
