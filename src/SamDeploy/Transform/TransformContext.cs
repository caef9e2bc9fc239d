using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;

namespace SamDeploy.Transform;

/// <summary>One transform in progress: the options, the parameter values in effect, the template and the stack-wide state.</summary>
public sealed class TransformContext
{
    private readonly Dictionary<Type, object> _state = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private JObject? _output;

    private ImmutableDictionary<string, JToken>? _parameterValues;

    internal TransformContext(TransformOptions options, JObject template, IReadOnlyDictionary<string, JToken> parameterValues, CancellationToken cancellationToken)
    {
        Options = options;
        Template = template;
        Parameters = parameterValues as Dictionary<string, JToken> ?? new Dictionary<string, JToken>(parameterValues, StringComparer.Ordinal);
        CancellationToken = cancellationToken;
    }

    /// <summary>The options of this transform.</summary>
    public TransformOptions Options { get; }

    /// <summary>The partition in effect (<c>aws</c>, <c>aws-cn</c>, ...).</summary>
    public string Partition => Options.EffectivePartition;

    /// <summary>The region in effect.</summary>
    public string Region => Options.Region;

    /// <summary>
    /// Parameter values in effect: the caller's, then each template parameter's <c>Default</c>,
    /// then the pseudo parameters <c>AWS::Region</c> and <c>AWS::Partition</c>.
    /// </summary>
    public ImmutableDictionary<string, JToken> ParameterValues => _parameterValues ??= ImmutableDictionary.CreateRange(StringComparer.Ordinal, Parameters);

    /// <summary>
    /// <see cref="ParameterValues"/> as the transform itself reads them: a plain dictionary, because building an
    /// immutable one runs generic code over its structs that is compiled at run time on every start (README, Performance).
    /// </summary>
    internal Dictionary<string, JToken> Parameters { get; }

    /// <summary>The SAM template as the plugins left it (this transform's own copy of the caller's tree).</summary>
    public JObject Template { get; internal set; }

    /// <summary>
    /// The CloudFormation template being built. The transform starts it as a copy of <see cref="Template"/> once the
    /// plugins have run; read earlier, it is a copy of the template as it is then (made on first use, not up front,
    /// because the transform replaces it anyway).
    /// </summary>
    public JObject Output
    {
        get => _output ??= (JObject)Template.DeepClone();
        internal set => _output = value;
    }

    /// <summary>Signals that the caller gave up.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Warnings and errors reported so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The template's <c>Resources</c> map.</summary>
    public JObject Resources => Template["Resources"] as JObject ?? [];

    /// <summary>Reports a diagnostic without stopping the transform.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));

    /// <summary>
    /// Stack-wide state of one type (for example the deployment-preference collection), created on first use and
    /// kept for the rest of this transform.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <returns>The one instance of <typeparamref name="T"/> for this transform.</returns>
    public T State<T>()
        where T : class, new()
    {
        if (!_state.TryGetValue(typeof(T), out var value))
        {
            value = new T();
            _state[typeof(T)] = value;
        }

        return (T)value;
    }
}
