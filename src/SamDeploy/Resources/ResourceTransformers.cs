using SamDeploy.Transform;

namespace SamDeploy.Resources;

/// <summary>The built-in resource transformers, one per serverless resource type.</summary>
internal static class ResourceTransformers
{
    /// <summary>A new list of the built-in transformers.</summary>
    /// <returns>The transformers.</returns>
    public static IReadOnlyList<IResourceTransformer> Default() =>
    [
        new Function.FunctionTransformer(),
        new LayerVersion.LayerVersionTransformer(),
        new SimpleTable.SimpleTableTransformer(),
        new Api.ApiTransformer(),
        new HttpApi.HttpApiTransformer(),
        new Connector.ConnectorTransformer(),
    ];
}
