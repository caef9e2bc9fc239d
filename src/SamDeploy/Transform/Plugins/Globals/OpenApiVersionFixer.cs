using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Transform.Plugins.Globals;

/// <summary>
/// After the merge, brings the OpenAPI document SAM manages itself (an API marked <c>__MANAGE_SWAGGER</c>, that is
/// an implicit API) in line with an <c>OpenApiVersion</c> of 3.x: the version becomes text, the document gets
/// <c>openapi</c> set to it and loses a non-empty <c>swagger</c> key. A document the user wrote is never touched.
/// </summary>
internal static class OpenApiVersionFixer
{
    private const string ApiType = "AWS::Serverless::Api";
    private const string OpenApiVersion = "OpenApiVersion";
    private const string ManageSwagger = "__MANAGE_SWAGGER";

    /// <summary>Applies the fix to every <c>AWS::Serverless::Api</c> in a template.</summary>
    /// <param name="template">The SAM template; changed in place.</param>
    public static void Apply(JObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template["Resources"] is not JObject resources)
        {
            return;
        }

        foreach (var resource in resources.PropertyValues().OfType<JObject>())
        {
            ApplyToResource(resource);
        }
    }

    /// <summary>Applies the fix to one resource, if it is an <c>AWS::Serverless::Api</c> SAM manages.</summary>
    /// <param name="resource">The resource definition; changed in place.</param>
    public static void ApplyToResource(JObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource["Type"] is not JValue { Type: JTokenType.String } type
            || !string.Equals((string?)type, ApiType, StringComparison.Ordinal)
            || resource["Properties"] is not JObject properties
            || !properties.TryGetValue(OpenApiVersion, StringComparison.Ordinal, out var version)
            || !properties.ContainsKey(ManageSwagger))
        {
            return;
        }

        // The reference compares the value's Python text, so a YAML float 3.0 counts as "3.0".
        var text = SamDeploy.Templates.Intrinsics.PythonRepr.Format(version);
        if (!Resources.Api.Swagger.OpenApiVersionText.IsVersion3(text))
        {
            return;
        }

        if (version.Type != JTokenType.String)
        {
            properties[OpenApiVersion] = text;
        }

        if (properties["DefinitionBody"] is JObject definition)
        {
            // The reference sets and deletes these keys on its Python 2.7 map; the implicit API's events may have
            // counted copies of it already, which Py27 catches up with before it changes the keys. Replacing the value
            // of an existing key changes no key, so it stays a plain write, which keeps the value's template origin as
            // before (ApiTransformer fixes that origin up later).
            if (definition.ContainsKey("openapi"))
            {
                definition["openapi"] = text;
            }
            else
            {
                Py27.Set(definition, "openapi", text);
            }

            if (!Truthiness.IsFalsy(definition["swagger"]))
            {
                Py27.Remove(definition, "swagger");
            }
        }
    }
}
