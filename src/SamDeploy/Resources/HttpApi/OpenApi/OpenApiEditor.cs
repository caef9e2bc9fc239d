using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.HttpApi.OpenApi;

/// <summary>
/// Reads and edits the OpenAPI 3 document of an HTTP API the way the reference's <c>OpenApiEditor</c> does: it works
/// on its own deep copy and hands back another with <see cref="Document"/>. Paths and methods may sit inside
/// <c>Fn::If</c> (both branches are edited); method names are normalised as in <see cref="SwaggerEditor"/>.
/// </summary>
internal sealed partial class OpenApiEditor
{
    /// <summary>The path of an HTTP API's default route.</summary>
    public const string DefaultPath = "$default";

    private readonly JObject _doc;
    private readonly Copies _copies;

    /// <summary>
    /// An editor of its own Python deep copy of <paramref name="document"/>, as the reference's; <see cref="Document"/>
    /// is another. Python copies can reorder Python 2.7 maps, which only a REST API's deployment id sees (it hashes
    /// the definition's Python text), so this is the editor for a REST API's definition (HttpApi events may write
    /// into one); see <see cref="ForHttpApi"/> and <see cref="InPlace"/> for the others.
    /// </summary>
    public OpenApiEditor(JToken? document)
        : this(document, Copies.Python)
    {
    }

    private OpenApiEditor(JToken? document, Copies copies)
    {
        if (!Truthiness.IsTruthy(document) || !IsValid(document))
        {
            throw SwaggerErrors.Invalid("Invalid OpenApi document. Invalid values or missing keys for 'openapi' or 'paths' in 'DefinitionBody'.");
        }

        _copies = copies;
        _doc = CopyOf((JObject)document!);
        Paths = (JObject)_doc["paths"]!;
        SecuritySchemes = OrDefault(DeepGet("components", "securitySchemes"), () => new JObject());
        Tags = OrDefault(DeepGet("tags"), () => new JArray());
        Info = OrDefault(DeepGet("info"), () => new JObject());
    }

    private enum Copies
    {
        Python,
        Plain,
        None,
    }

    /// <summary>An editor of a copy of an HTTP API's definition (no deployment id hashes it, so key orders do not matter).</summary>
    public static OpenApiEditor ForHttpApi(JToken? document) => new(document, Copies.Plain);

    /// <summary>
    /// An editor of <paramref name="document"/> itself, with no copy either way: for reading; for an HTTP API's
    /// definition that SAM generated, edited by steps that cannot fail once they have started or whose failure is
    /// undone (see <see cref="SaveForUndo"/>), as the reference's copy per event is quadratic in the events; and for
    /// the HTTP API's own steps, whose failure fails the resource (see <c>HttpApiDefinition</c>).
    /// </summary>
    public static OpenApiEditor InPlace(JToken? document) => new(document, Copies.None);

    /// <summary>The document's <c>paths</c>.</summary>
    public JObject Paths { get; }

    /// <summary>The document's <c>components.securitySchemes</c> (a new map when it has none).</summary>
    public JToken SecuritySchemes { get; private set; }

    /// <summary>The document's <c>tags</c> (a new list when it has none).</summary>
    public JToken Tags { get; }

    /// <summary>The document's <c>info</c> (a new map when it has none).</summary>
    public JToken Info { get; }

    /// <summary>
    /// The edited document with the edited sections written back (the reference's <c>openapi</c>): a deep copy of the
    /// same kind as the editor's own, or the document itself for an editor <see cref="InPlace"/>.
    /// </summary>
    public JObject Document
    {
        get
        {
            Py27.Set(_doc, "paths", Paths);
            if (Truthiness.IsTruthy(Tags))
            {
                Py27.Set(_doc, "tags", Tags);
            }

            if (Truthiness.IsTruthy(SecuritySchemes))
            {
                if (!_doc.ContainsKey("components") || !Truthiness.IsTruthy(_doc["components"]))
                {
                    Py27.Set(_doc, "components", Py27.NewDict());
                }

                Py27.Set((JObject)_doc["components"]!, "securitySchemes", SecuritySchemes);
            }

            if (Truthiness.IsTruthy(Info))
            {
                Py27.Set(_doc, "info", Info);
            }

            return CopyOf(_doc);
        }
    }

    /// <summary>The editor's kind of copy of <paramref name="document"/>, taken when it starts and when it hands the document back.</summary>
    private JObject CopyOf(JObject document) => _copies switch
    {
        Copies.Python => Py27.DeepCopy(document),
        Copies.Plain => (JObject)document.DeepClone(),
        _ => document,
    };

    /// <summary>Whether a value is an OpenAPI 3 document (a map with <c>paths</c> and an <c>openapi</c> version 3.x).</summary>
    public static bool IsValid(JToken? data) =>
        data is JObject { Count: > 0 } map && map["paths"] is JObject && Truthiness.IsTruthy(map["openapi"]) && SwaggerEditor.IsOpenApi3(map["openapi"]);

    /// <summary>A new minimal OpenAPI 3 document (the reference's skeleton).</summary>
    public static JObject Skeleton() => new()
    {
        ["openapi"] = "3.0.1",
        ["info"] = new JObject { ["version"] = "1.0", ["title"] = Fn.Ref("AWS::StackName") },
        ["paths"] = new JObject(),
    };

    public IReadOnlyList<string> PathNames() => [.. Paths.Properties().Select(p => p.Name)];

    public bool HasPath(string path, string? method = null)
    {
        if (!Paths.ContainsKey(path))
        {
            return false;
        }

        if (method is not null)
        {
            var normalized = SwaggerEditor.NormalizeMethod(method);
            foreach (var item in SwaggerEditor.ConditionalContents(Paths[path]))
            {
                if (item is not JObject map || !map.ContainsKey(normalized))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public bool HasIntegration(string path, string method)
    {
        var normalized = SwaggerEditor.NormalizeMethod(method);
        if (!HasPath(path, normalized))
        {
            return false;
        }

        foreach (var item in SwaggerEditor.ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var definition = ((JObject)item!)[normalized];
            if (definition is not JObject || !SwaggerEditor.ConditionalContents(definition).Any(d => IsIntegrated(d, path, normalized)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the path and method when missing. Like the reference, the new maps are Python 2.7 maps and the keys keep
    /// their origin (<paramref name="unicodePath"/>, <paramref name="unicodeMethod"/>: from the template), which
    /// matters when the definition is a REST API's, whose deployment id hashes its Python text.
    /// </summary>
    public void AddPath(string path, string method, bool unicodePath = false, bool unicodeMethod = false)
    {
        var normalized = SwaggerEditor.NormalizeMethod(method);
        var pathItem = Py27.SetDefault(Paths, path, Py27.NewDict(), unicodePath);
        if (pathItem is not JObject)
        {
            throw SwaggerErrors.Invalid($"Value of '{path}' path must be a dictionary according to Swagger spec.");
        }

        foreach (var item in SwaggerEditor.ConditionalContents(pathItem))
        {
            if (item is JObject map)
            {
                Py27.SetDefault(map, normalized, Py27.NewDict(), SwaggerEditor.MethodKeyIsUnicode(method, unicodeMethod));
            }
        }
    }

    public void MakePathConditional(string path, string condition) =>
        Paths[path] = SwaggerEditor.MakeConditional(condition, Paths[path]!, unicodeCondition: false);

    /// <summary>The method definitions at a path and method (inside conditions), by default only those with an integration.</summary>
    public IEnumerable<JObject> MethodDefinitions(string path, string method, bool skipWithoutIntegration = true)
    {
        var normalized = SwaggerEditor.NormalizeMethod(method);
        foreach (var item in SwaggerEditor.ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            foreach (var definition in SwaggerEditor.ConditionalContents(((JObject)item!)[normalized]))
            {
                SwaggerErrors.RequireMethodMap(definition, path, method);
                if (skipWithoutIntegration && !SwaggerEditor.HasIntegrationIn((JObject)definition!))
                {
                    continue;
                }

                yield return (JObject)definition!;
            }
        }
    }

    /// <summary>
    /// Whether the integration at a path and method invokes the function <paramref name="logicalId"/> (its
    /// <c>${Id.Arn}</c> in every branch); false when there is no integration.
    /// </summary>
    public bool IsIntegrationOfFunction(string path, string method, string logicalId)
    {
        if (!HasIntegration(path, method))
        {
            return false;
        }

        foreach (var definition in MethodDefinitions(path, SwaggerEditor.NormalizeMethod(method), skipWithoutIntegration: false))
        {
            var integration = definition[SwaggerEditor.Integration] ?? new JObject();
            if (integration is not JObject integrationMap)
            {
                throw SwaggerErrors.Invalid($"Value of '{SwaggerEditor.Integration}' must be a dictionary according to Swagger spec.");
            }

            if (integrationMap["uri"] is not JObject uri)
            {
                return false;
            }

            foreach (var content in SwaggerEditor.ConditionalContents(uri))
            {
                var arn = (content as JObject)?["Fn::Sub"] is JValue { Type: JTokenType.String } sub ? (string)sub! : string.Empty;
                var match = ArnReference().Match(arn);
                if (!match.Success || match.Groups[1].Value[..^".Arn".Length] != logicalId)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsIntegrated(JToken? definition, string path, string method)
    {
        SwaggerErrors.RequireMethodMap(definition, path, method);
        return SwaggerEditor.HasIntegrationIn((JObject)definition!);
    }

    private static JToken OrDefault(JToken? value, Func<JToken> fallback) => Truthiness.IsTruthy(value) ? value! : fallback();

    /// <summary>The reference's <c>dict_deep_get</c>: null when a step is missing, an error when a step is not a map.</summary>
    private JToken? DeepGet(params string[] path)
    {
        JToken? node = _doc;
        var walked = string.Empty;
        foreach (var step in path)
        {
            if (node is null || node.Type == JTokenType.Null)
            {
                return null;
            }

            if (node is not JObject map)
            {
                var what = walked.Length > 0 ? $"The value of '{walked}' should be a map" : "It should be a map";
                throw SwaggerErrors.Invalid($"Invalid OpenApi document: {what}");
            }

            node = map[step];
            walked = walked.Length > 0 ? walked + "." + step : step;
        }

        return node is { Type: JTokenType.Null } ? null : node;
    }

    [GeneratedRegex(@"([A-Za-z0-9]+\.Arn)", RegexOptions.CultureInvariant)]
    private static partial Regex ArnReference();
}
