using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>
/// Reads and edits a Swagger 2.0 / OpenAPI 3 document the way the reference's <c>SwaggerEditor</c> does: it works
/// on its own deep copy and hands back another with <see cref="Document"/>. Paths and methods may sit inside
/// <c>Fn::If</c> (both branches are edited). Method names are normalised: lower case, <c>any</c> becomes
/// <c>x-amazon-apigateway-any-method</c>.
/// </summary>
internal sealed partial class SwaggerEditor
{
    public const string Integration = "x-amazon-apigateway-integration";
    public const string AnyMethod = "x-amazon-apigateway-any-method";
    public const string SecurityDefinitionsKey = "securityDefinitions";
    public const string GatewayResponsesKey = "x-amazon-apigateway-gateway-responses";
    public const string PolicyKey = "x-amazon-apigateway-policy";
    public static readonly string[] AllHttpMethods = ["OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"];
    private static readonly string[] ExcludedPathFields = ["summary", "description", "parameters"];

    private readonly JObject _doc;

    // Set when the editor works on the caller's document itself (see EditInPlace): the path it edits.
    private readonly string? _inPlacePath;

    // Set when the editor works on the whole of the caller's document itself (see EditWholeInPlace).
    private readonly bool _whole;

    private JObject? _resourcePolicy;

    public SwaggerEditor(JToken? document)
        : this(document, inPlacePath: null, whole: false)
    {
    }

    private SwaggerEditor(JToken? document, string? inPlacePath, bool whole)
    {
        if (!Truthy(document) || !IsValid(document))
        {
            throw SwaggerErrors.Invalid("Invalid Swagger document or the Swagger document is not explicitly defined in 'DefinitionBody'.");
        }

        _inPlacePath = inPlacePath;
        _whole = whole;
        var counting = inPlacePath is not null && ((JObject)document!).Annotation<Py27CopyClock>() is not null;
        _doc = inPlacePath is null && !whole ? Py27.DeepCopy((JObject)document!) : (JObject)document!;
        Paths = (JObject)_doc["paths"]!;
        SecurityDefinitions = Truthy(_doc[SecurityDefinitionsKey]) ? _doc[SecurityDefinitionsKey] : null;
        GatewayResponses = Truthy(_doc[GatewayResponsesKey]) ? _doc[GatewayResponsesKey] : null;
        _resourcePolicy = Truthy(_doc[PolicyKey]) ? _doc[PolicyKey] as JObject ?? Py27.NewDict() : null;
        Definitions = _doc.TryGetValue("definitions", StringComparison.Ordinal, out var definitions) ? definitions : null;

        // A document already edited in place had every other path checked by the editor that added it.
        IEnumerable<string> toCheck = !counting ? PathNames() : Paths.ContainsKey(inPlacePath!) ? new[] { inPlacePath! } : Array.Empty<string>();
        foreach (var path in toCheck)
        {
            foreach (var item in ConditionalContents(Paths[path]))
            {
                SwaggerErrors.RequirePathItemMap(item, path);
            }
        }

        if (whole)
        {
            CountCopyOnTheWayIn();
        }
    }

    /// <summary>
    /// Call before the first change when editing in place: counts the copy the reference makes when it creates its
    /// editor (left until now so a check that fails first leaves the document exactly as it was). Nothing otherwise.
    /// </summary>
    public void BeginEdit()
    {
        if (_inPlacePath is not null)
        {
            CountCopyOnTheWayIn();
        }
    }

    /// <summary>The reference's copy when it creates its editor, counted on the document instead of made.</summary>
    private void CountCopyOnTheWayIn()
    {
        Py27.StartCountingCopies(_doc);
        Py27.CopyInPlace(_doc, TouchedParts());
    }

    /// <summary>The document's <c>paths</c>.</summary>
    public JObject Paths { get; }

    /// <summary>The document being edited (not a copy).</summary>
    public JObject Raw => _doc;

    public JToken? SecurityDefinitions { get; set; }

    public JToken? GatewayResponses { get; set; }

    /// <summary>The document's resource policy, or a new empty map made when first asked for (an Api event's editor never asks).</summary>
    public JObject ResourcePolicy
    {
        get => _resourcePolicy ??= Py27.NewDict();
        set => _resourcePolicy = value;
    }

    public JToken? Definitions { get; set; }

    /// <summary>
    /// An editor that works on <paramref name="document"/> itself instead of a copy, for an edit of one path and
    /// method (an Api event; one that fails is undone, see <see cref="SaveForUndo"/>): the reference copies the
    /// whole document twice per event, which makes it quadratic in the number of events.
    /// The key orders come out as if copied (see <see cref="Py27.CopyInPlace"/>); call <see cref="BeginEdit"/> before
    /// the first change; <see cref="Document"/> returns <paramref name="document"/>.
    /// </summary>
    public static SwaggerEditor EditInPlace(JObject document, string path) => new(document, path, whole: false);

    /// <summary>
    /// An editor that works on the whole of <paramref name="document"/> itself, for a step of an API's own transform
    /// (Auth, CORS, gateway responses, binary media types, models, the endpoint configuration). The reference copies
    /// the whole document on the way in and on the way out of every such step; both copies are counted on the document
    /// instead of made (see <see cref="Py27.CopyInPlace"/>), which gives every map the key order the copies would. A
    /// step that fails fails the API resource, and nothing reads its definition afterwards (functions, whose events
    /// read it, are transformed before APIs), so the half-edited document is never seen.
    /// </summary>
    public static SwaggerEditor EditWholeInPlace(JToken? document) => new(document, inPlacePath: null, whole: true);

    /// <summary>A deep copy of the edited document, with the edited sections written back (the reference's <c>swagger</c> property); the document itself when editing in place.</summary>
    public JObject Document
    {
        get
        {
            if (_doc.ContainsKey("paths") && !ReferenceEquals(_doc["paths"], Paths))
            {
                _doc["paths"] = Paths;
            }

            if (Truthy(SecurityDefinitions))
            {
                Py27.Set(_doc, SecurityDefinitionsKey, SecurityDefinitions!);
            }

            if (Truthy(GatewayResponses))
            {
                Py27.Set(_doc, GatewayResponsesKey, GatewayResponses!);
            }

            if (Truthy(Definitions))
            {
                Py27.Set(_doc, "definitions", Definitions!);
            }

            if (_inPlacePath is not null || _whole)
            {
                Py27.CopyInPlace(_doc, TouchedParts());
                return _doc;
            }

            return Py27.DeepCopy(_doc);
        }
    }

    /// <summary>
    /// What an edit in place can change: the whole document for an editor of the whole; for an edit of one path, the
    /// document's own keys, its sections other than the paths, the paths map's keys, and that path's item.
    /// </summary>
    private IEnumerable<JToken> TouchedParts()
    {
        if (_whole)
        {
            yield return _doc;
            yield break;
        }

        foreach (var property in new Templates.PropertyWalk(_doc))
        {
            if (property.Name != "paths")
            {
                yield return property.Value;
            }
        }

        if (Paths[_inPlacePath!] is { } pathItem)
        {
            yield return pathItem;
        }
    }

    /// <summary>Whether a value is a Swagger 2 or OpenAPI 3 document (a non-empty map with <c>paths</c> and a version).</summary>
    public static bool IsValid(JToken? data)
    {
        if (data is JObject { Count: > 0 } map && map["paths"] is JObject)
        {
            if (Truthy(map["swagger"]))
            {
                return true;
            }

            if (Truthy(map["openapi"]))
            {
                return IsOpenApi3(map["openapi"]);
            }
        }

        return false;
    }

    /// <summary>Whether a version value matches the reference's OpenAPI 3 pattern (on its Python text).</summary>
    public static bool IsOpenApi3(JToken? version) => OpenApiVersionText.IsVersion3(Templates.Intrinsics.PythonRepr.Format(version));

    /// <summary>Whether an <c>OpenApiVersion</c> value is one the reference supports (2.x or 3.x).</summary>
    public static bool IsSupportedOpenApiVersion(JToken? version) => OpenApiVersionText.IsSupported(Templates.Intrinsics.PythonRepr.Format(version));

    /// <summary>A new minimal Swagger 2.0 document (the reference's skeleton).</summary>
    public static JObject Skeleton()
    {
        var skeleton = Py27.NewDict();
        Py27.Set(skeleton, "swagger", "2.0");
        var info = Py27.NewDict();
        Py27.Set(info, "version", "1.0");
        Py27.Set(info, "title", Fn.Ref("AWS::StackName"));
        Py27.Set(skeleton, "info", info);
        Py27.Set(skeleton, "paths", Py27.NewDict());
        return skeleton;
    }

    /// <summary>Lower case; <c>any</c> becomes <c>x-amazon-apigateway-any-method</c> (keeps the template-or-transform origin).</summary>
    public static string NormalizeMethod(string method)
    {
        var lower = Templates.PythonCase.Lower(method);
        return lower == "any" ? AnyMethod : lower;
    }

    /// <summary>
    /// Whether the key <see cref="NormalizeMethod"/> makes of a method is a template string (printed <c>u'...'</c> in
    /// the text the deployment id hashes): the reference swaps only <c>any</c>, in any case, for its own constant; any
    /// other method, <c>x-amazon-apigateway-any-method</c> spelled out included, is the template's string lowered.
    /// </summary>
    /// <param name="method">The method as given.</param>
    /// <param name="unicodeMethod">Whether the method's text came from the template.</param>
    public static bool MethodKeyIsUnicode(string method, bool unicodeMethod) =>
        unicodeMethod && Templates.PythonCase.Lower(method) != "any";

    /// <summary>The branches of an <c>Fn::If</c> (without AWS::NoValue), or the item itself.</summary>
    public static List<JToken?> ConditionalContents(JToken? item)
    {
        if (item is JObject map && map.TryGetValue("Fn::If", StringComparison.Ordinal, out var parameters))
        {
            if (parameters is not JArray list)
            {
                throw SwaggerErrors.Invalid("Value of Fn::If must be a list.");
            }

            return [.. list.Skip(1).Where(c => !Fn.IsNoValue(c))];
        }

        return [item];
    }

    public static bool Truthy(JToken? value) => Transform.Truthiness.IsTruthy(value);

    public IEnumerable<string> PathNames() => Py27.Keys(Paths).ToList();

    public bool HasPath(string path, string? method = null)
    {
        if (!Paths.ContainsKey(path))
        {
            return false;
        }

        if (method is not null)
        {
            var normalized = NormalizeMethod(method);
            foreach (var item in ConditionalContents(Paths[path]))
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
        var normalized = NormalizeMethod(method);
        if (!HasPath(path, normalized))
        {
            return false;
        }

        foreach (var item in ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var definition = ((JObject)item!)[normalized];
            if (definition is not JObject || !MethodHasIntegration(definition, path, normalized))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the path and method when missing; <paramref name="unicodePath"/> tells whether the path text came from the template.</summary>
    public void AddPath(string path, string method, bool unicodePath, bool unicodeMethod)
    {
        var normalized = NormalizeMethod(method);
        var pathItem = Py27.SetDefault(Paths, path, Py27.NewDict(), unicodePath);
        if (pathItem is not JObject)
        {
            throw SwaggerErrors.Invalid($"Value of '{path}' path must be a dictionary according to Swagger spec.");
        }

        foreach (var item in ConditionalContents(pathItem))
        {
            if (item is JObject map)
            {
                Py27.SetDefault(map, normalized, Py27.NewDict(), MethodKeyIsUnicode(method, unicodeMethod));
            }
        }
    }

    public void MakePathConditional(string path, string condition, bool unicodeCondition) =>
        Paths[path] = MakeConditional(condition, Paths[path]!, unicodeCondition);

    /// <summary>
    /// The condition a function's method and integration are wrapped in, or null: a condition name that Python takes
    /// for true (the reference tests <c>if condition:</c>, so an empty name wraps nothing).
    /// </summary>
    public static string? ConditionName(JToken? condition) =>
        condition is JValue { Type: JTokenType.String } name && ((string)name!).Length > 0 ? (string)name! : null;

    /// <summary><c>{"Fn::If": [condition, value, {"Ref": "AWS::NoValue"}]}</c>.</summary>
    public static JObject MakeConditional(string condition, JToken value, bool unicodeCondition = true) =>
        new() { ["Fn::If"] = new JArray(Py27.Str(condition, unicodeCondition), value, Fn.NoValue()) };

    /// <summary>The method definitions at a path and method (inside conditions), by default only those with an integration.</summary>
    public IEnumerable<JObject> MethodDefinitions(string path, string method, bool skipWithoutIntegration = true)
    {
        var normalized = NormalizeMethod(method);
        foreach (var item in ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            foreach (var definition in ConditionalContents(((JObject)item!)[normalized]))
            {
                SwaggerErrors.RequireMethodMap(definition, path, method);
                if (skipWithoutIntegration && !HasIntegrationIn((JObject)definition!))
                {
                    continue;
                }

                yield return (JObject)definition!;
            }
        }
    }

    /// <summary>Every (method, definition) of a path, inside conditions, by default only those with an integration.</summary>
    public IEnumerable<(string Method, JObject Definition)> AllMethods(string path, bool skipWithoutIntegration = true)
    {
        foreach (var item in ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var map = (JObject)item!;
            foreach (var name in Py27.Keys(map))
            {
                if (ExcludedPathFields.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                foreach (var definition in ConditionalContents(map[name]))
                {
                    SwaggerErrors.RequireMethodMap(definition, path, name);
                    if (skipWithoutIntegration && !HasIntegrationIn((JObject)definition!))
                    {
                        continue;
                    }

                    yield return (NormalizeMethod(name), (JObject)definition!);
                }
            }
        }
    }

    public static bool HasIntegrationIn(JObject definition) => Truthy(definition[Integration]);

    private static bool MethodHasIntegration(JToken definition, string path, string method)
    {
        foreach (var content in ConditionalContents(definition))
        {
            SwaggerErrors.RequireMethodMap(content, path, method);
            if (HasIntegrationIn((JObject)content!))
            {
                return true;
            }
        }

        return false;
    }
}
