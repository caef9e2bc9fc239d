using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Function;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Templates.LogicalIds;
using SamDeploy.Transform;

namespace SamDeploy.Resources.LayerVersion;

/// <summary>
/// Transforms <c>AWS::Serverless::LayerVersion</c> into an <c>AWS::Lambda::LayerVersion</c> whose logical id carries a
/// hash of the resource, so every change publishes a new layer version (kept by its DeletionPolicy); references to
/// the declared id are rewritten to the new one, as the reference does.
/// </summary>
internal sealed class LayerVersionTransformer : IResourceTransformer
{
    private static readonly string[] RetentionOptions = ["Retain", "Delete"];

    private static readonly IReadOnlyList<PropertySpec> Specs =
    [
        PropertySpec.Generic("LayerName", ValueChecks.IsStringOrMap),
        PropertySpec.String("Description"),
        PropertySpec.Generic("PublishLambdaVersion", ValueChecks.IsBool),
        PropertySpec.Generic("ContentUri", ValueChecks.IsStringOrMap).AsRequired(),
        PropertySpec.Generic("CompatibleArchitectures", v => ValueChecks.IsListOf(v, ValueChecks.IsStringOrMap)),
        PropertySpec.Generic("CompatibleRuntimes", v => ValueChecks.IsListOf(v, ValueChecks.IsStringOrMap)),
        PropertySpec.String("LicenseInfo"),
        PropertySpec.String("RetentionPolicy"),
    ];

    /// <inheritdoc />
    public string ResourceType => "AWS::Serverless::LayerVersion";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        var oldId = resource.LogicalId;
        var properties = (JObject)resource.Properties.DeepClone();
        PropertySpec.RejectUnknown(oldId, ResourceType, properties, Specs);
        PropertySpec.Validate(oldId, properties, Specs);
        var parameters = IntrinsicResolver.ForParameters(context.Parameters);
        foreach (var name in new[] { "LayerName", "LicenseInfo", "Description", "RetentionPolicy" })
        {
            ResolveStringParameter(oldId, parameters, properties, name);
        }

        var retention = RetentionPolicy(oldId, properties["RetentionPolicy"]);
        var attributes = ResourceAttributes.Of(resource.Definition);
        var layerAttributes = attributes.PassThroughOnly.ToList();
        if (retention is not null || !layerAttributes.Any(a => a.Key == "DeletionPolicy"))
        {
            layerAttributes.RemoveAll(a => a.Key == "DeletionPolicy");
            layerAttributes.Add(new("DeletionPolicy", retention ?? "Retain"));
        }

        var newId = LogicalIdGenerator.Generate(oldId, HashInput(resource, attributes, properties));
        var layer = new CfnResource(newId, "AWS::Lambda::LayerVersion") { DependsOn = resource.Definition["DependsOn"] }.WithAttributes(layerAttributes);
        layer["LayerName"] = Truthiness.IsTruthy(properties["LayerName"]) ? properties["LayerName"] : oldId;
        layer["Description"] = Value(properties, "Description");
        layer["Content"] = CodeLocation.S3Location(Value(properties, "ContentUri")!, newId, "ContentUri");
        layer["CompatibleArchitectures"] = Value(properties, "CompatibleArchitectures");
        ValidateArchitectures(newId, layer["CompatibleArchitectures"]);
        layer["CompatibleRuntimes"] = Value(properties, "CompatibleRuntimes");
        layer["LicenseInfo"] = Value(properties, "LicenseInfo");

        if (!string.Equals(oldId, newId, StringComparison.Ordinal))
        {
            context.State<RenamedResources>().Add(oldId, newId);
        }

        return new KeyValuePair<string, JObject>[] { new(newId, layer.ToJson()) };
    }

    private static JToken? Value(JObject properties, string name) => properties[name] is { Type: not JTokenType.Null } value ? value : null;

    /// <summary>The resource as the reference serializes it for the hash: without DeletionPolicy, UpdateReplacePolicy and Metadata.</summary>
    private static JObject HashInput(SamResource resource, ResourceAttributes attributes, JObject properties)
    {
        var definition = new JObject { ["Type"] = resource.Type };
        if (Truthiness.IsTruthy(resource.Definition["DependsOn"]))
        {
            definition["DependsOn"] = resource.Definition["DependsOn"]!.DeepClone();
        }

        foreach (var (name, value) in attributes.All)
        {
            if (name is not ("DeletionPolicy" or "UpdateReplacePolicy" or "Metadata"))
            {
                definition[name] = value.DeepClone();
            }
        }

        var hashed = new JObject();
        foreach (var spec in Specs)
        {
            if (Value(properties, spec.Name) is { } value)
            {
                hashed[spec.Name] = value.DeepClone();
            }
        }

        definition["Properties"] = hashed;
        return new JObject { [resource.LogicalId] = definition };
    }

    private static void ResolveStringParameter(string logicalId, IntrinsicResolver parameters, JObject properties, string name)
    {
        var value = Value(properties, name);
        if (Truthiness.IsFalsy(value))
        {
            return;
        }

        var resolved = parameters.Resolve(value);
        if (resolved is not (JValue { Type: JTokenType.String } or JObject))
        {
            throw TemplateErrors.Resource(logicalId, $"Could not resolve parameter for '{name}' or parameter is not a String.", value, name);
        }

        properties[name] = resolved;
    }

    private static string? RetentionPolicy(string logicalId, JToken? value)
    {
        const string Options = "['Retain', 'Delete']";
        if (Fn.IsIntrinsic(value))
        {
            throw TemplateErrors.Resource(logicalId, $"'RetentionPolicy' does not accept intrinsic functions, please use one of the following options: {Options}", value, "RetentionPolicy");
        }

        if (value is null || value.Type == JTokenType.Null)
        {
            return null;
        }

        if (value is not JValue { Type: JTokenType.String } text)
        {
            throw TemplateErrors.Resource(logicalId, $"Invalid 'RetentionPolicy' type, please use one of the following options: {Options}", value, "RetentionPolicy");
        }

        return RetentionOptions.FirstOrDefault(o => string.Equals(o, (string)text!, StringComparison.OrdinalIgnoreCase))
            ?? throw TemplateErrors.Resource(logicalId, $"'RetentionPolicy' must be one of the following options: {Options}.", value, "RetentionPolicy");
    }

    private static void ValidateArchitectures(string logicalId, JToken? architectures)
    {
        architectures ??= new JArray("x86_64");
        if (Fn.IsIntrinsic(architectures) || architectures is not JArray list)
        {
            return;
        }

        foreach (var architecture in list)
        {
            if (!Fn.IsIntrinsic(architecture) && !(architecture is JValue { Type: JTokenType.String } a && (string?)a is "x86_64" or "arm64"))
            {
                throw TemplateErrors.Resource(logicalId, "CompatibleArchitectures needs to be a list of 'x86_64' or 'arm64'", architecture, "CompatibleArchitectures");
            }
        }
    }
}
