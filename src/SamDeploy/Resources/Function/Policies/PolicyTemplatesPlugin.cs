using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Iam;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins;

namespace SamDeploy.Resources.Function.Policies;

/// <summary>
/// Expands policy templates in the <c>Policies</c> of every <c>AWS::Serverless::Function</c> and
/// <c>AWS::Serverless::StateMachine</c>, as the reference's policy-templates plugin does: each entry that is a policy
/// template becomes the policy document <c>{"Statement": [...]}</c> it stands for (inside an <c>Fn::If</c>, each branch
/// that is not <c>AWS::NoValue</c>); every other entry is kept as it is; and a non-empty <c>Policies</c> that is not a
/// list becomes a one-entry list. The role's builder then treats the expanded entries as inline policy documents.
/// </summary>
internal sealed class PolicyTemplatesPlugin : ITemplatePlugin
{
    private const string PoliciesProperty = "Policies";

    // Null for the built-in catalogue, which is parsed on first use: a template without policies never pays for it.
    private readonly PolicyTemplateCatalog? _catalog;

    /// <summary>Creates the plugin with the built-in catalogue.</summary>
    public PolicyTemplatesPlugin()
    {
    }

    /// <summary>Creates the plugin with a given catalogue.</summary>
    /// <param name="catalog">The policy templates to recognise.</param>
    public PolicyTemplatesPlugin(PolicyTemplateCatalog catalog)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    }

    /// <inheritdoc/>
    public string Name => "PolicyTemplates";

    private PolicyTemplateCatalog Catalog => _catalog ?? PolicyTemplateCatalog.Default;

    /// <inheritdoc/>
    public void BeforeResources(TransformContext context)
    {
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The reference expands a resource's templates just before it transforms that resource, so a mistake fails only
    /// that resource and the other resources' mistakes are still reported.
    /// </remarks>
    public void BeforeResource(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (IsSupported(resource.Definition["Type"]) && resource.Definition["Properties"] is JObject properties)
        {
            ExpandPolicies(resource.LogicalId, properties);
        }
    }

    /// <inheritdoc/>
    public void AfterResources(TransformContext context)
    {
    }

    /// <summary>Expands the policy templates in one resource's properties, in place.</summary>
    /// <param name="logicalId">The resource's logical id, for errors.</param>
    /// <param name="properties">The resource's <c>Properties</c>.</param>
    /// <exception cref="SamTemplateException">A template's values are not a map or miss a parameter, or an <c>Fn::If</c> is malformed.</exception>
    internal void ExpandPolicies(string logicalId, JObject properties)
    {
        if (!properties.TryGetValue(PoliciesProperty, StringComparison.Ordinal, out var policies))
        {
            return;
        }

        var entries = PolicyEntries.Of(policies);
        if (entries.Count == 0)
        {
            return;
        }

        // Every entry is classified before any is expanded, so a malformed Fn::If anywhere is reported first. An array
        // filled in a loop: LINQ into a list of an enum is code no ReadyToRun image holds (README, Performance).
        var kinds = new PolicyKind[entries.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = PolicyEntries.Classify(entries[i], Catalog);
        }

        var result = new JArray();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            result.Add(kinds[i] != PolicyKind.PolicyTemplate ? entry.DeepClone()
                : Fn.IsIf(entry) ? ExpandIf(logicalId, entry)
                : ExpandTemplate(logicalId, entry));
        }

        properties[PoliciesProperty] = result;
    }

    private static bool IsSupported(JToken? type) =>
        type is JValue { Type: JTokenType.String } name
        && (string)name! is "AWS::Serverless::Function" or "AWS::Serverless::StateMachine";

    private JObject ExpandIf(string logicalId, JToken entry)
    {
        var items = (JArray)entry["Fn::If"]!;
        var expanded = new JObject(new JProperty("Fn::If", new JArray(
            items[0].DeepClone(),
            Fn.IsNoValue(items[1]) ? items[1].DeepClone() : ExpandTemplate(logicalId, items[1]),
            Fn.IsNoValue(items[2]) ? items[2].DeepClone() : ExpandTemplate(logicalId, items[2]))));
        CopyPosition(entry, expanded);
        return expanded;
    }

    private JObject ExpandTemplate(string logicalId, JToken entry)
    {
        // Classification guarantees a one-key map here; inside an Fn::If it may also be a nested Fn::If, whose key
        // is no template's name (the reference fails there with "Template with name 'Fn::If' is not found").
        var template = ((JObject)entry).Properties().First();
        try
        {
            var document = Catalog.Expand(template.Name, template.Value);
            CopyPosition(entry, document);
            return document;
        }
        catch (PolicyTemplateException e)
        {
            var message = e.Kind == PolicyTemplateErrorKind.InvalidParameterValues
                ? "Must specify valid parameter values for policy template '" + template.Name + "'"
                : e.Message;
            throw TemplateErrors.Resource(logicalId, message, entry, PoliciesProperty);
        }
    }

    private static void CopyPosition(JToken from, JToken to)
    {
        if (SourceInfo.GetSpan(from) is { } span)
        {
            SourceInfo.Mark(to, span.Line, span.Column);
        }
    }
}
