namespace SamDeploy.Resources.Connector;

/// <summary>Which resource must wait for a generated IAM policy (a <c>DependsOn</c> added to it).</summary>
internal enum ConnectorDependency
{
    /// <summary>No resource waits.</summary>
    None,

    /// <summary>The connector's source.</summary>
    Source,

    /// <summary>The one event source mapping from the source to the destination function, when there is exactly one.</summary>
    DestinationEventSourceMapping,
}
