using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Push;

/// <summary>Copies an event property into a generated map only when it is set, as the reference's <c>is not None</c> checks do.</summary>
internal static class OptionalValues
{
    public static void Copy(JObject target, string name, JToken? value)
    {
        if (value is not null)
        {
            target[name] = value.DeepClone();
        }
    }
}
