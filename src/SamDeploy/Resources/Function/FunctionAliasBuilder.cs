using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Function;

/// <summary>Builds the <c>AWS::Lambda::Alias</c> named by AutoPublishAlias, pointing at the published version.</summary>
internal static class FunctionAliasBuilder
{
    /// <summary>The alias's logical id: <c>&lt;Function&gt;Alias&lt;Name&gt;</c>, with <c>-</c> as <c>D</c> and <c>_</c> as <c>U</c>.</summary>
    public static string LogicalIdFor(string functionLogicalId, string aliasName) =>
        functionLogicalId + "Alias" + aliasName.Replace("-", "D", StringComparison.Ordinal).Replace("_", "U", StringComparison.Ordinal);

    public static CfnResource Build(FunctionScope function, string name, CfnResource version)
    {
        if (name.Length == 0)
        {
            throw function.Error("Alias name is required to create an alias", "AutoPublishAlias");
        }

        if (!IsValidAliasName(name))
        {
            throw function.Error(
                $"AutoPublishAlias name ('{name}') must contain only alphanumeric characters, hyphens, or underscores matching (?!^[0-9]+$)([a-zA-Z0-9-_]+) pattern.",
                "AutoPublishAlias");
        }

        var alias = new CfnResource(LogicalIdFor(function.LogicalId, name), "AWS::Lambda::Alias").WithAttributes(function.Attributes.PassThroughOnly);
        alias["Name"] = name;
        alias["FunctionName"] = Fn.Ref(function.LogicalId);
        alias["FunctionVersion"] = Fn.GetAtt(version.LogicalId, "Version");
        if (function.Has("ProvisionedConcurrencyConfig"))
        {
            alias["ProvisionedConcurrencyConfig"] = function["ProvisionedConcurrencyConfig"];
        }

        return alias;
    }

    /// <summary>
    /// Whether <paramref name="name"/> matches the reference's <c>^(?!^[0-9]+$)([a-zA-Z0-9\-_]+)$</c>: letters, digits,
    /// hyphens and underscores, not digits only (and, as <c>$</c> allows, one final <c>\n</c>). Written out rather
    /// than as a generated regular expression, whose vector search is compiled at run time on every start.
    /// </summary>
    internal static bool IsValidAliasName(string name)
    {
        var body = Templates.AnchoredText.Body(name);
        var digitsOnly = true;
        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }

            digitsOnly &= char.IsAsciiDigit(c);
        }

        return !body.IsEmpty && !digitsOnly;
    }
}
