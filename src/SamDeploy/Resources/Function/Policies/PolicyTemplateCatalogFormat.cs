using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// The rules of the <c>PolicyTemplates.yaml</c> format (described at the top of that file), checked as each template is
/// read; a test reads every template of the built-in catalogue, so that a slip in the data fails the tests rather than
/// one user's template later.
/// </summary>
internal static class PolicyTemplateCatalogFormat
{
    private const int FormatVersion = 1;

    /// <summary>Reads and checks every template of a parsed catalogue file.</summary>
    /// <param name="root">The file's top-level map.</param>
    /// <returns>The templates, in file order.</returns>
    /// <exception cref="InvalidDataException">The file breaks a rule of the format.</exception>
    public static ImmutableArray<PolicyTemplate> ReadTemplates(JObject root)
    {
        StripPositions(root);
        if (root["FormatVersion"] is not JValue { Type: JTokenType.Integer } version || (long)version! != FormatVersion)
        {
            throw Invalid("FormatVersion must be " + FormatVersion.ToString(CultureInfo.InvariantCulture));
        }

        if (root["Templates"] is not JObject templates || templates.Count == 0)
        {
            throw Invalid("Templates must be a non-empty map");
        }

        var result = ImmutableArray.CreateBuilder<PolicyTemplate>(templates.Count);
        foreach (var (name, body) in templates)
        {
            result.Add(ReadTemplate(name, body));
        }

        return result.MoveToImmutable();
    }

    private static PolicyTemplate ReadTemplate(string name, JToken? body)
    {
        if (!IsIdentifier(name))
        {
            throw Invalid("template name '" + name + "' must be letters, digits and underscores");
        }

        if (body is not JObject map || map.Count != 2 || map["Parameters"] is not JArray parameterList || map["Statement"] is not JArray { Count: > 0 } statement)
        {
            throw Invalid(name + " must have exactly Parameters (a list) and Statement (a non-empty list)");
        }

        var parameters = ImmutableArray.CreateBuilder<string>(parameterList.Count);
        foreach (var item in parameterList)
        {
            if (item is not JValue { Type: JTokenType.String } text || !IsIdentifier((string)text!) || parameters.Contains((string)text!))
            {
                throw Invalid(name + " has an invalid or repeated parameter name " + item.ToString(Newtonsoft.Json.Formatting.None));
            }

            parameters.Add((string)text!);
        }

        var names = parameters.MoveToImmutable();
        CheckStatement(name, statement, names);
        return new PolicyTemplate(name, names, statement);
    }

    private static void CheckStatement(string name, JArray statement, ImmutableArray<string> parameters)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in statement.DescendantsAndSelf())
        {
            switch (node)
            {
                case JValue value when value.Type != JTokenType.String:
                    throw Invalid(name + " has a scalar that is not a string at " + value.Path);
                case JObject obj when obj.ContainsKey("Ref"):
                    if (obj.Count != 1 || obj["Ref"] is not JValue { Type: JTokenType.String } target || !parameters.Contains((string)target!))
                    {
                        throw Invalid(name + " has a Ref that is not one of its parameters at " + obj.Path);
                    }

                    referenced.Add((string)target!);
                    break;
            }
        }

        foreach (var parameter in parameters.Where(parameter => !referenced.Contains(parameter)))
        {
            throw Invalid(name + " never refers to its parameter " + parameter);
        }
    }

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>The tree came from our own file: its source positions must not end up on a user's resources.</summary>
    private static void StripPositions(JContainer root)
    {
        foreach (var node in root.DescendantsAndSelf())
        {
            node.RemoveAnnotations<object>();
        }
    }

    private static InvalidDataException Invalid(string message) =>
        new("The policy-template catalogue is invalid: " + message + ".");
}
