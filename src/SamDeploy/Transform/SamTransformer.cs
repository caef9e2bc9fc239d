using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Resources;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform.Plugins;

namespace SamDeploy.Transform;

/// <summary>
/// Turns SAM templates into plain CloudFormation exactly as the AWS transform
/// <c>AWS::Serverless-2016-10-31</c> does. Immutable once built and safe to use from many threads at once.
/// </summary>
public sealed class SamTransformer
{
    /// <summary>The transform's name in a template's <c>Transform</c> section.</summary>
    public const string TransformName = "AWS::Serverless-2016-10-31";

    // A plain dictionary, only read once built (safe for concurrent reads): an immutable one's generic code over its
    // structs is compiled at run time on every start (README, Performance).
    private readonly Dictionary<string, IResourceTransformer> _transformers;
    private readonly ImmutableArray<ITemplatePlugin> _plugins;

    // Whether only the built-in transformers and plugins run, whose reads and writes of the output are known
    // (DeferredResources, RecordedReferenceScan).
    private readonly bool _builtInOnly;

    /// <summary>Creates a transformer with the built-in resource transformers and plugins.</summary>
    /// <param name="options">The options; <see cref="TransformOptions.Default"/> when omitted.</param>
    /// <param name="transformers">Extra resource transformers; one for a built-in type replaces it.</param>
    /// <param name="plugins">Extra template plugins, run after the built-in ones.</param>
    public SamTransformer(TransformOptions? options = null, IEnumerable<IResourceTransformer>? transformers = null, IEnumerable<ITemplatePlugin>? plugins = null)
    {
        Options = options ?? TransformOptions.Default;
        var registry = new Dictionary<string, IResourceTransformer>(StringComparer.Ordinal);
        IResourceTransformer[] extraTransformers = [.. transformers ?? []];
        ITemplatePlugin[] extraPlugins = [.. plugins ?? []];
        foreach (var transformer in ResourceTransformers.Default().Concat(extraTransformers))
        {
            registry[transformer.ResourceType] = transformer;
        }

        _transformers = registry;
        _plugins = [.. TemplatePlugins.Default(), .. extraPlugins];
        _builtInOnly = extraTransformers.Length == 0 && extraPlugins.Length == 0;
    }

    /// <summary>The options every transform of this instance uses.</summary>
    public TransformOptions Options { get; }

    /// <summary>The template plugins, in the order they run.</summary>
    public ImmutableArray<ITemplatePlugin> Plugins => _plugins;

    /// <summary>
    /// Whether a template is for the SAM transform: it names it in <c>Transform</c>, declares an
    /// <c>AWS::Serverless::</c> resource, or is not a valid plain CloudFormation template either (no Resources).
    /// </summary>
    /// <param name="template">The template.</param>
    /// <returns>Whether the template is a SAM template.</returns>
    public static bool IsSamTemplate(JObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var declared = template["Transform"] switch
        {
            JValue { Type: JTokenType.String } name => string.Equals((string?)name, TransformName, StringComparison.Ordinal),
            JArray names => names.Any(n => n.Type == JTokenType.String && string.Equals((string?)n, TransformName, StringComparison.Ordinal)),
            _ => false,
        };
        // A template that does not name the transform is passed through only when it is a plain CloudFormation
        // template: a non-empty Resources map without serverless resources. Anything else gets the reference's checks.
        return declared
            || template["Resources"] is not JObject { Count: > 0 } resources
            || resources.PropertyValues().Any(r => r is not JObject definition || DocumentValidator.IsServerless(definition));
    }

    /// <summary>Reads and transforms a template from YAML or JSON text.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="path">The file it came from, for diagnostics.</param>
    /// <param name="cancellationToken">Cancels the transform.</param>
    /// <returns>The CloudFormation template or the diagnostics.</returns>
    public TransformResult Transform(string text, string? path = null, CancellationToken cancellationToken = default)
    {
        var read = TemplateReader.Read(text, path, Options.Limits);
        return read.Template is null ? TransformResult.Failed(read.Diagnostics) : TransformOwned(read, cancellationToken);
    }

    /// <summary>
    /// Transforms a tree nobody else holds, just read from text by <see cref="TemplateReader"/> with this transformer's
    /// <see cref="TransformOptions.Limits"/> (so its depth is checked already), editing it in place instead of copying it.
    /// </summary>
    /// <param name="template">The SAM template, which this call takes over.</param>
    /// <param name="cancellationToken">Cancels the transform.</param>
    /// <returns>The CloudFormation template or the diagnostics.</returns>
    internal TransformResult TransformOwned(JObject template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        return TreeLimits.Check(template, Options, depthChecked: true) is { } limit ? TransformResult.Failed([limit]) : TransformTree(template, null, cancellationToken);
    }

    /// <summary>
    /// As <see cref="TransformOwned(JObject, CancellationToken)"/>, for a result of <see cref="TemplateReader"/> that
    /// nothing changed since: what the reader found out about the tree's strings saves a walk of it.
    /// </summary>
    /// <param name="read">A successful read, with this transformer's limits.</param>
    /// <param name="cancellationToken">Cancels the transform.</param>
    /// <returns>The CloudFormation template or the diagnostics.</returns>
    internal TransformResult TransformOwned(ReadResult read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var template = read.Template ?? throw new ArgumentException("The read failed.", nameof(read));
        return TreeLimits.Check(template, Options, depthChecked: true) is { } limit
            ? TransformResult.Failed([limit])
            : TransformTree(template, read.MayNameReferences, cancellationToken);
    }

    /// <summary>Transforms a template tree. The caller's tree is never changed.</summary>
    /// <param name="template">The SAM template.</param>
    /// <param name="cancellationToken">Cancels the transform.</param>
    /// <returns>The CloudFormation template or the diagnostics.</returns>
    public TransformResult Transform(JObject template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);

        // Checked before the copy: cloning a tree nested thousands of levels deep recurses that deep.
        if (TreeLimits.Check(template, Options) is { } limit)
        {
            return TransformResult.Failed([limit]);
        }

        return TransformTree((JObject)template.DeepClone(), null, cancellationToken);
    }

    /// <summary>The transform proper, on a tree it may change (a copy of the caller's, or one it owns).</summary>
    /// <param name="copy">The tree.</param>
    /// <param name="mayNameReferences">What <see cref="RecordedReferenceScan.MayName"/> says of the tree, when the reader found it out; else null.</param>
    /// <param name="cancellationToken">Cancels the transform.</param>
    private TransformResult TransformTree(JObject copy, bool? mayNameReferences, CancellationToken cancellationToken)
    {
        if (!IsSamTemplate(copy))
        {
            return new TransformResult(copy, []);
        }

        DeferredResources? deferred = null;
        try
        {
            // Read before any plugin changes the template (see RecordedReferenceScan).
            mayNameReferences ??= RecordedReferenceScan.MayName(copy);
            DocumentValidator.Validate(copy);
            var context = new TransformContext(Options, copy, ParameterValues.For(copy, Options), cancellationToken);
            foreach (var plugin in _plugins)
            {
                cancellationToken.ThrowIfCancellationRequested();
                plugin.BeforeResources(context);
            }

            // The reference checks Mappings before it transforms any resource.
            _ = Templates.Intrinsics.IntrinsicResolver.ForMappings(context.Template["Mappings"] ?? new JObject());
            deferred = _builtInOnly && !HasConnectors(context.Resources) ? DeferredResources.For(context.Resources) : null;
            context.Output = OutputSkeleton(context.Template, deferred);
            var errors = new List<Diagnostic>();
            TransformResources(context, errors);
            foreach (var plugin in _plugins)
            {
                try
                {
                    plugin.AfterResources(context);
                }
                catch (SamTemplateException e) when (!e.StopsTransform)
                {
                    errors.AddRange(e.Diagnostics);
                }
            }

            context.Output.Remove("Transform");
            if (errors.Count > 0)
            {
                return TransformResult.Failed(DiagnosticPlacement.Place(Order(errors), copy));
            }

            deferred?.MoveIntoOutput();
            context.State<RenamedResources>().Resolve(context.Output);
            // A plugin or transformer of the caller's may write such references itself, as the domain builders do.
            ResolveReferences(context, mayNameReferences.Value || !_builtInOnly);
            return new TransformResult(context.Output, [.. context.Diagnostics]);
        }
        catch (SamTemplateException e)
        {
            // Errors are placed on the template, which must hold its resources again (a failure after the move).
            deferred?.MoveBack();
            return TransformResult.Failed(DiagnosticPlacement.Place(Order(e.Diagnostics), copy));
        }
    }

    /// <summary>
    /// The output before any resource is transformed: a copy of the template without the serverless resources a
    /// registered transformer replaces with what it generates (copying them would only make garbage). Serverless
    /// resources of an unsupported type stay, so connectors to them fail as they did. With <paramref name="deferred"/>,
    /// the other resources get placeholders instead of copies, and the output takes them over when the transform succeeds.
    /// </summary>
    private JObject OutputSkeleton(JObject template, DeferredResources? deferred)
    {
        var output = new JObject();
        Templates.TokenAnnotations.CopyAll(template, output);
        foreach (var section in template.Properties())
        {
            if (section.Name != "Resources" || section.Value is not JObject resources)
            {
                output.Add(new JProperty(section.Name, section.Value.DeepClone()));
                continue;
            }

            var kept = new JObject();
            Templates.TokenAnnotations.CopyAll(resources, kept);
            foreach (var resource in resources.Properties())
            {
                if (resource.Value is not JObject definition || !DocumentValidator.IsServerless(definition)
                    || !_transformers.ContainsKey((string)definition["Type"]!))
                {
                    if (deferred is not null)
                    {
                        deferred.Add(resource, kept);
                    }
                    else
                    {
                        kept.Add(new JProperty(resource.Name, resource.Value.DeepClone()));
                    }
                }
            }

            output.Add(new JProperty(section.Name, kept));
        }

        return output;
    }

    /// <summary>
    /// Rewrites references such as <c>MyFunction.Alias</c> all over the output, unless neither the template, nor the
    /// parameter values, nor the transform's own output can name one (then the walk would rewrite nothing).
    /// </summary>
    private static void ResolveReferences(TransformContext context, bool templateMayName)
    {
        var references = context.State<ResourceReferences>();
        var mayName = templateMayName || references.UsedByGenerated;
        foreach (var value in context.Parameters.Values)
        {
            mayName = mayName || RecordedReferenceScan.MayName(value);
        }

        if (mayName || TransformShortcuts.Strict)
        {
            var before = references.Rewrites;
            references.Resolve(context.Output);
            if (!mayName && references.Rewrites != before)
            {
                throw new InvalidOperationException("Internal error: the reference walk was to be skipped, but it rewrote a reference.");
            }
        }
    }

    /// <summary>Whether the template has connectors, which read the output's resources while they are transformed.</summary>
    private static bool HasConnectors(JObject resources)
    {
        foreach (var resource in resources.PropertyValues())
        {
            if (resource is JObject definition
                && Templates.JsonText.StringOf(definition["Type"]) == Resources.Connector.ConnectorPropertySpecs.ResourceType)
            {
                return true;
            }
        }

        return false;
    }

    private void TransformResources(TransformContext context, List<Diagnostic> errors)
    {
        var outputResources = (JObject)context.Output["Resources"]!;
        foreach (var (logicalId, definition) in ResourcesInOrder(context.Resources, context.State<Plugins.ImplicitApi.ResourceIterationOrder>()))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var type = (string)definition["Type"]!;
            if (LogicalIdError(context.Resources.Property(logicalId, StringComparison.Ordinal)!) is { } idError)
            {
                errors.Add(idError);
                context.State<UntransformedResources>().Add(logicalId);
                continue;
            }

            if (!_transformers.TryGetValue(type, out var transformer))
            {
                errors.Add(new Diagnostic(
                    DiagnosticCatalog.NotSupported,
                    DiagnosticKind.Resource,
                    "SamDeploy does not support resources of type " + type + " yet.",
                    logicalId,
                    Templates.SourceInfo.GetSpan(definition["Type"])));
                context.State<UntransformedResources>().Add(logicalId);
                continue;
            }

            try
            {
                foreach (var plugin in _plugins)
                {
                    plugin.BeforeResource(new SamResource(logicalId, definition), context);
                }

                var generated = transformer.Transform(new SamResource(logicalId, definition), context);
                outputResources.Remove(logicalId);
                // The built-in transformers hand back arrays: using one directly needs no generic code over
                // KeyValuePair, which would be compiled at run time on every start.
                var array = generated as KeyValuePair<string, JObject>[];
                var count = array?.Length ?? generated.Count;
                for (var i = 0; i < count; i++)
                {
                    var (id, resource) = array is not null ? array[i] : generated[i];
                    if (!GeneratedIds.MayReplace(context.Resources, id, SamDeploy.Templates.JsonText.StringOf(resource["Type"])))
                    {
                        errors.Add(new Diagnostic(
                            DiagnosticCatalog.DuplicateLogicalId,
                            DiagnosticKind.Plain,
                            $"Transforming resource with id [{logicalId}] attempts to create a new resource with id [{id}] and type \"{resource["Type"]}\". A resource with that id already exists within this template. Please use a different id for that resource.",
                            logicalId,
                            Templates.SourceInfo.GetSpan(definition)));
                        continue;
                    }

                    outputResources[id] = resource;
                }
            }
            catch (SamTemplateException e) when (!e.StopsTransform)
            {
                context.State<UntransformedResources>().Add(logicalId);

                // An error with no node of its own that names nothing the template defines (a generated logical id
                // that is not alphanumeric, a template-level error found in this resource) goes on this resource.
                var span = Templates.SourceInfo.GetSpan(definition);
                foreach (var diagnostic in e.Diagnostics)
                {
                    errors.Add(diagnostic.Span is null && span is not null && DiagnosticPlacement.SubjectSpan(diagnostic.SubjectId, context.Resources) is null
                        ? diagnostic.WithSpan(span)
                        : diagnostic);
                }
            }
        }
    }

    /// <summary>The reference accepts only alphanumeric logical ids (and only string keys: YAML's <c>0:</c> is a number).</summary>
    private static Diagnostic? LogicalIdError(JProperty resource)
    {
        var typedKey = Templates.SourceInfo.KeyValueOf(resource);
        if (typedKey is null && SamDeploy.Templates.LogicalIds.LogicalIdText.IsAlphanumeric(resource.Name))
        {
            return null;
        }

        var shown = typedKey is null ? resource.Name : Templates.Intrinsics.PythonRepr.Format(typedKey);
        return new Diagnostic(DiagnosticCatalog.InvalidResource, DiagnosticKind.Resource, "Logical ids must be alphanumeric.", shown, Templates.SourceInfo.GetSpan(resource));
    }

    /// <summary>The serverless resources in the reference's order: functions, state machines, APIs, then the rest.</summary>
    /// <param name="resources">The template's resources.</param>
    /// <param name="iterationOrder">The order the reference iterates them in (Python 2.7 order for a template with a REST API).</param>
    /// <remarks>
    /// A stable sort by rank, written as one list per rank: LINQ's sorter over value tuples is JIT-compiled on every
    /// run of the CLI (no ReadyToRun image holds that instantiation), and this runs once per template.
    /// </remarks>
    private static List<ServerlessResource> ResourcesInOrder(JObject resources, Plugins.ImplicitApi.ResourceIterationOrder iterationOrder)
    {
        static int Rank(string type) => type switch
        {
            "AWS::Serverless::Function" => 0,
            "AWS::Serverless::StateMachine" => 1,
            "AWS::Serverless::Api" or "AWS::Serverless::HttpApi" or "AWS::Serverless::WebSocketApi" => 2,
            "AWS::Serverless::Connector" => 4,
            _ => 3,
        };

        var byRank = new List<ServerlessResource>?[5];
        foreach (var property in iterationOrder.InOrder(resources))
        {
            if (property.Value is JObject definition && DocumentValidator.IsServerless(definition))
            {
                (byRank[Rank((string)definition["Type"]!)] ??= []).Add(new(property.Name, definition));
            }
        }

        var all = new List<ServerlessResource>();
        foreach (var rank in byRank)
        {
            if (rank is not null)
            {
                all.AddRange(rank);
            }
        }

        return all;
    }

    /// <summary>A serverless resource to transform: its logical id and definition.</summary>
    private sealed record ServerlessResource(string LogicalId, JObject Definition);

    /// <summary>Deduplicates by message and sorts the way the reference reports errors (by logical id, event id or message).</summary>
    private static IEnumerable<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics)
    {
        var unique = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            if (!unique.ContainsKey(diagnostic.FullMessage))
            {
                order.Add(diagnostic.FullMessage);
            }

            unique[diagnostic.FullMessage] = diagnostic;
        }

        return order.Select(m => unique[m]).OrderBy(SortKey, StringComparer.Ordinal).ToList();
    }

    private static string SortKey(Diagnostic diagnostic) => diagnostic.Kind switch
    {
        DiagnosticKind.Resource or DiagnosticKind.Event or DiagnosticKind.Plain when diagnostic.SubjectId is not null => diagnostic.SubjectId,
        _ => diagnostic.FullMessage,
    };
}
