using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources;

/// <summary>
/// Hands an API's definition on without the copies Newtonsoft makes of a token that already has a parent: back to the
/// SAM resource after an edit (<see cref="Set"/>), and over to the generated API resource (<see cref="LetGo"/>). When
/// the generated resource's Body is still the SAM resource's own DefinitionBody (an implicit API's, which the events
/// filled in, or one the transform edited in place or did not change), the SAM resource lets go of it, as nothing
/// reads a transformed resource's definition again (functions, whose events read it, are transformed before APIs):
/// the Body then goes into the output as it is (for a large API this was the largest copy of the transform).
/// </summary>
internal static class DefinitionBodyHandover
{
    /// <summary>
    /// Sets an API's DefinitionBody to an edited document, unless it is the same one (edited in place): Newtonsoft
    /// would copy a document that is already attached, even to the property it is attached to.
    /// </summary>
    /// <param name="apiProperties">The SAM API resource's Properties.</param>
    /// <param name="document">The edited definition.</param>
    public static void Set(JObject apiProperties, JObject document)
    {
        if (!ReferenceEquals(apiProperties["DefinitionBody"], document))
        {
            apiProperties["DefinitionBody"] = document;
        }
    }

    /// <summary>Lets <paramref name="resource"/> give up its DefinitionBody when <paramref name="api"/>'s Body is that token.</summary>
    /// <param name="resource">The SAM API resource being transformed.</param>
    /// <param name="api">The generated API resource, complete but for its JSON.</param>
    public static void LetGo(SamResource resource, CfnResource api)
    {
        if (api["Body"] is { Parent: JProperty { Name: "DefinitionBody" } property } && ReferenceEquals(property.Parent, resource.Properties))
        {
            property.Value = JValue.CreateNull();
        }
    }
}
