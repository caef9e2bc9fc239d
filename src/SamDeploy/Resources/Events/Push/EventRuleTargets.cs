namespace SamDeploy.Resources.Events.Push;

/// <summary>Target ids of EventBridge rules, which may be at most 64 characters long.</summary>
internal static class EventRuleTargets
{
    private const int MaxIdLength = 64;

    /// <summary>The suffix of the id of a rule's Lambda target.</summary>
    public const string LambdaSuffix = "LambdaTarget";

    /// <summary><paramref name="logicalId"/> + <paramref name="suffix"/>, with the id cut so the whole fits in 64 characters.</summary>
    public static string Id(string logicalId, string suffix) =>
        logicalId.Length + suffix.Length <= MaxIdLength
            ? logicalId + suffix
            : logicalId[..(MaxIdLength - suffix.Length)] + suffix;
}
