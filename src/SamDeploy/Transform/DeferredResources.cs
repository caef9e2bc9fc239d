using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Transform;

/// <summary>
/// The template's plain resources (alarms, queues: what the transform does not replace), which the output takes over
/// only once the transform has succeeded, instead of copying them when it starts.
/// </summary>
/// <remarks>
/// The output starts with a placeholder at each such resource's position, so it lists resources in the same order,
/// and while resources are transformed the template still holds the originals. At the end every placeholder still in
/// place receives the template's value itself; the template, which belongs to the transform, loses it. A resource
/// generated under the same logical id has replaced its placeholder, and the template's resource stays where it is.
/// <para>
/// Exact only while nothing reads the output's plain resources before the end and nothing edits the template's after
/// the start. Connectors read the output's (they look up their ends among the built resources and edit their
/// DependsOn), and plugins and transformers of the caller's may, so those templates and transformers copy as before
/// (<see cref="SamTransformer"/>). Event sources edit the resource they are linked to (an S3 event its bucket, an
/// HttpApi event the definition of its ApiId), so a resource whose logical id an event names anywhere is copied too.
/// The test projects turn on <see cref="TransformShortcuts.StrictSwitch"/>, which checks that no resource taken over changed.
/// </para>
/// <para>
/// The copies were the largest part of the output allocated twice: the 200 alarms of the 100-function benchmark
/// template, 7% of its transform's allocations.
/// </para>
/// </remarks>
internal sealed class DeferredResources
{
    private readonly JObject _templateResources;
    private readonly List<Deferred> _resources = [];
    private readonly List<int> _moved = [];
    private HashSet<string>? _linked;

    private DeferredResources(JObject templateResources) => _templateResources = templateResources;

    /// <summary>Starts deferring the plain resources of <paramref name="resources"/> that no event names.</summary>
    /// <param name="resources">The template's Resources map, as the plugins left it.</param>
    /// <returns>The deferred resources, none yet.</returns>
    public static DeferredResources For(JObject resources) => new(resources);

    /// <summary>
    /// Adds a placeholder for the template's resource <paramref name="resource"/> to <paramref name="outputResources"/>,
    /// or, for a resource an event names, a copy as before.
    /// </summary>
    /// <param name="resource">The template's resource.</param>
    /// <param name="outputResources">The output's Resources map being built.</param>
    public void Add(JProperty resource, JObject outputResources)
    {
        // Collected on the first plain resource: a template without any (an HTTP API's functions) walks no events.
        if ((_linked ??= NamedByEvents(_templateResources)).Contains(resource.Name))
        {
            outputResources.Add(new JProperty(resource.Name, resource.Value.DeepClone()));
            return;
        }

        var placeholder = JValue.CreateNull();
        var output = new JProperty(resource.Name, placeholder);
        outputResources.Add(output);
        _resources.Add(new Deferred(resource, output, placeholder, TransformShortcuts.Strict ? resource.Value.DeepClone() : null));
    }

    /// <summary>Moves each template resource whose placeholder is still in the output into its place.</summary>
    /// <exception cref="InvalidOperationException">With <see cref="TransformShortcuts.StrictSwitch"/> on, a resource changed in the template.</exception>
    public void MoveIntoOutput()
    {
        for (var i = 0; i < _resources.Count; i++)
        {
            var (template, output, placeholder, snapshot) = _resources[i];
            if (!ReferenceEquals(output.Value, placeholder) || output.Parent is null)
            {
                continue;
            }

            var value = template.Value;
            if (snapshot is not null && !JToken.DeepEquals(snapshot, value))
            {
                throw new InvalidOperationException($"The template's resource {template.Name} changed while the output deferred it.");
            }

            // Detached first: Newtonsoft copies a value that still has a parent.
            template.Value = JValue.CreateNull();
            output.Value = value;
            _moved.Add(i);
        }
    }

    /// <summary>Puts every resource <see cref="MoveIntoOutput"/> moved back into the template (its placeholder back into the output).</summary>
    public void MoveBack()
    {
        foreach (var index in _moved)
        {
            var (template, output, placeholder, _) = _resources[index];
            var value = output.Value;
            output.Value = placeholder;
            template.Value = value;
        }

        _moved.Clear();
    }

    /// <summary>Every string (and map key) in the Events of the template's resources.</summary>
    private static HashSet<string> NamedByEvents(JObject resources)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources.PropertyValues())
        {
            if (resource is JObject definition && definition["Properties"] is JObject properties && properties["Events"] is { } events)
            {
                AddStrings(events, named);
            }
        }

        return named;
    }

    /// <summary>Every string and map key in <paramref name="value"/>, and each string's part before a dot (<c>!GetAtt Bucket.Arn</c>).</summary>
    private static void AddStrings(JToken value, HashSet<string> strings)
    {
        foreach (var node in new TreeWalk(value))
        {
            if (node.Type == JTokenType.String)
            {
                var text = (string)node!;
                strings.Add(text);
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                if (dot > 0)
                {
                    strings.Add(text[..dot]);
                }
            }
            else if (node.Type == JTokenType.Object)
            {
                for (var child = ((JObject)node).First; child is not null; child = child.Next)
                {
                    strings.Add(((JProperty)child).Name);
                }
            }
        }
    }

    private sealed record Deferred(JProperty Template, JProperty Output, JValue Placeholder, JToken? Snapshot);
}
