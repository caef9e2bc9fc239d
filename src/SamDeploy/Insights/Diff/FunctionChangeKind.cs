namespace SamDeploy.Insights.Diff;

/// <summary>What a template change does to one function.</summary>
public enum FunctionChangeKind
{
    /// <summary>Nothing about the function changes.</summary>
    Unchanged = 0,

    /// <summary>The function is new; its alias is created on its first version, with no CodeDeploy deployment (there is no old version to shift from).</summary>
    Added = 1,

    /// <summary>The function is removed.</summary>
    Removed = 2,

    /// <summary>The function gets a new Version: its alias moves, through a CodeDeploy deployment when its DeploymentPreference is enabled.</summary>
    NewVersion = 3,

    /// <summary>The function's configuration changes but no Version is published: the alias keeps serving the old version.</summary>
    NotPublished = 4,

    /// <summary>The function changes and has no AutoPublishAlias: it is updated in place, without versions.</summary>
    UpdatedInPlace = 5,
}
