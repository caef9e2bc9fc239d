using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;

namespace SamDeploy.Resources.Connector;

/// <summary>
/// The connector profiles (those of aws-sam-translator 1.110.0), read once from the embedded
/// <c>ConnectorProfiles.yaml</c>. Immutable and safe to share between threads. Held in plain dictionaries of strings:
/// an immutable dictionary keyed by a tuple (a struct) has no precompiled code, and compiling it took a run of a
/// connector template milliseconds.
/// </summary>
internal sealed class ConnectorProfileCatalog
{
    private const string ResourceName = "SamDeploy.ConnectorProfiles.yaml";
    private const int FormatVersion = 1;

    private static readonly Lazy<ConnectorProfileCatalog> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Dictionary<string, ConnectorProfile>> _profiles;

    private ConnectorProfileCatalog(
        Dictionary<string, ConnectorResourceType> resourceTypes,
        Dictionary<string, Dictionary<string, ConnectorProfile>> profiles)
    {
        ResourceTypes = resourceTypes;
        _profiles = profiles;
    }

    /// <summary>The built-in catalogue.</summary>
    public static ConnectorProfileCatalog Default => LazyDefault.Value;

    /// <summary>What a connector learns about a resource, by CloudFormation type.</summary>
    public IReadOnlyDictionary<string, ConnectorResourceType> ResourceTypes { get; }

    /// <summary>Every source and destination type that has a profile.</summary>
    public IEnumerable<(string Source, string Destination)> Connections =>
        _profiles.SelectMany(source => source.Value.Keys.Select(destination => (source.Key, destination)));

    /// <summary>The profile for a connection, or null when it is not supported.</summary>
    /// <param name="sourceType">The source's CloudFormation type.</param>
    /// <param name="destinationType">The destination's CloudFormation type.</param>
    /// <returns>The profile or null.</returns>
    public ConnectorProfile? Find(string? sourceType, string? destinationType) =>
        sourceType is not null && destinationType is not null && _profiles.TryGetValue(sourceType, out var destinations)
            && destinations.TryGetValue(destinationType, out var profile) ? profile : null;

    /// <summary>Reads a catalogue in the <c>ConnectorProfiles.yaml</c> format.</summary>
    /// <param name="yaml">The catalogue text.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidDataException">The text does not follow the format.</exception>
    internal static ConnectorProfileCatalog Parse(string yaml)
    {
        var read = TemplateReader.Read(yaml, ResourceName);
        if (read.Template is not { } root)
        {
            throw new InvalidDataException("The connector profiles cannot be read: " + read.Diagnostics[0].FullMessage);
        }

        foreach (var node in root.DescendantsAndSelf())
        {
            node.RemoveAnnotations<object>();
        }

        if (root["FormatVersion"] is not JValue { Type: JTokenType.Integer } version || (long)version! != FormatVersion)
        {
            throw Invalid("FormatVersion must be 1");
        }

        if (root["ResourceTypes"] is not JObject types || root["Connections"] is not JObject connections)
        {
            throw Invalid("ResourceTypes and Connections must be maps");
        }

        var resourceTypes = new Dictionary<string, ConnectorResourceType>(StringComparer.Ordinal);
        foreach (var (type, body) in types)
        {
            resourceTypes[type] = ReadResourceType(type, body);
        }

        var profiles = new Dictionary<string, Dictionary<string, ConnectorProfile>>(StringComparer.Ordinal);
        foreach (var (source, destinations) in connections)
        {
            if (destinations is not JObject map)
            {
                throw Invalid("Connections." + source + " must be a map");
            }

            var bySource = profiles[source] = new Dictionary<string, ConnectorProfile>(StringComparer.Ordinal);
            foreach (var (destination, body) in map)
            {
                bySource[destination] = ReadProfile(source + " to " + destination, body);
            }
        }

        return new ConnectorProfileCatalog(resourceTypes, profiles);
    }

    private static ConnectorResourceType ReadResourceType(string type, JToken? body)
    {
        if (body is not JObject map || map["Values"] is not JObject values
            || map.Properties().Any(p => p.Name is not ("Values" or "RoleProperty" or "RoleFromRuleTarget")))
        {
            throw Invalid(type + " must have Values and optionally RoleProperty or RoleFromRuleTarget");
        }

        var roleProperty = map["RoleProperty"] switch
        {
            null => null,
            JValue { Type: JTokenType.String } name => (string?)name,
            _ => throw Invalid(type + ".RoleProperty must be a string"),
        };
        var fromRuleTarget = map["RoleFromRuleTarget"] switch
        {
            null => false,
            JValue { Type: JTokenType.Boolean } flag => (bool)flag,
            _ => throw Invalid(type + ".RoleFromRuleTarget must be a boolean"),
        };
        return new ConnectorResourceType(roleProperty, fromRuleTarget, values);
    }

    private static ConnectorProfile ReadProfile(string name, JToken? body)
    {
        if (body is not JObject map || map["Permissions"] is not JObject { Count: > 0 } permissions)
        {
            throw Invalid(name + " must be a map with non-empty Permissions");
        }

        // Switches, not Enum.TryParse: its generic code over an enum is compiled at run time on every start.
        var kind = (string?)map["Generates"] switch
        {
            "IamManagedPolicy" => ConnectorPolicyKind.IamManagedPolicy,
            "SqsQueuePolicy" => ConnectorPolicyKind.SqsQueuePolicy,
            "SnsTopicPolicy" => ConnectorPolicyKind.SnsTopicPolicy,
            "LambdaPermission" => ConnectorPolicyKind.LambdaPermission,
            _ => throw Invalid(name + " has an unknown Generates"),
        };
        var policyOnSource = (string?)map["PolicyOn"] switch
        {
            "Source" => true,
            "Destination" => false,
            _ => throw Invalid(name + ".PolicyOn must be Source or Destination"),
        };
        var dependedBy = map["DependedBy"] is null
            ? ConnectorDependency.None
            : (string?)map["DependedBy"] switch
            {
                "Source" => ConnectorDependency.Source,
                "DestinationEventSourceMapping" => ConnectorDependency.DestinationEventSourceMapping,
                _ => throw Invalid(name + " has an unknown DependedBy"),
            };
        var combinations = map["Combinations"] switch
        {
            null => [],
            JArray list => list.Select(c => c is JArray names && names.All(n => n.Type == JTokenType.String)
                ? names.Select(n => (string)n!).ToImmutableArray()
                : throw Invalid(name + ".Combinations must be lists of names")).ToImmutableArray(),
            _ => throw Invalid(name + ".Combinations must be a list"),
        };
        var entries = permissions.Properties().Select(p => new KeyValuePair<string, JToken>(p.Name, p.Value)).ToImmutableArray();
        foreach (var (permission, value) in entries)
        {
            var valid = kind == ConnectorPolicyKind.LambdaPermission
                ? value is JObject lambda && lambda["Action"] is not null && lambda["Principal"] is not null
                : value is JObject { Count: 1 } statements && statements["Statement"] is JArray;
            if (!valid)
            {
                throw Invalid(name + "." + permission + " does not fit " + kind);
            }
        }

        return new ConnectorProfile(kind, policyOnSource, dependedBy, combinations, entries);
    }

    private static InvalidDataException Invalid(string message) => new("The connector profiles are invalid: " + message + ".");

    private static ConnectorProfileCatalog LoadEmbedded()
    {
        using var stream = typeof(ConnectorProfileCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
