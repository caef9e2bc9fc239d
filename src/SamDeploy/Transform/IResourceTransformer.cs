using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>Turns one serverless resource type into plain CloudFormation resources.</summary>
public interface IResourceTransformer
{
    /// <summary>The resource type this transformer handles, such as <c>AWS::Serverless::Function</c>.</summary>
    string ResourceType { get; }

    /// <summary>
    /// The resources that replace <paramref name="resource"/>, in the order they should appear.
    /// Report a user's mistake by throwing a <see cref="SamTemplateException"/> (see <see cref="TemplateErrors"/>).
    /// </summary>
    /// <param name="resource">The resource to transform.</param>
    /// <param name="context">The transform in progress.</param>
    /// <returns>The generated resources, by logical id.</returns>
    IReadOnlyList<KeyValuePair<string, JObject>> Transform(SamResource resource, TransformContext context);
}
