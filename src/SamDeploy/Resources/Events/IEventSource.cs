namespace SamDeploy.Resources.Events;

/// <summary>
/// One event source type of <c>AWS::Serverless::Function</c> (<c>SQS</c>, <c>S3</c>, <c>Api</c>, ...): the properties
/// it accepts and the resources it generates. Registered in <see cref="EventSources"/>.
/// </summary>
internal interface IEventSource
{
    /// <summary>The event's <c>Type</c>, such as <c>SQS</c>.</summary>
    string Type { get; }

    /// <summary>The properties the event accepts, with the reference's checks, in the reference's order.</summary>
    IReadOnlyList<PropertySpec> Properties { get; }

    /// <summary>
    /// Runs before the function is transformed (the reference's <c>resources_to_link</c>): find and check the
    /// template resources this event links to (an explicit API, an S3 bucket, a Cognito user pool ...).
    /// Report mistakes with <see cref="FunctionEvent.Error"/> (an event error).
    /// </summary>
    /// <param name="evt">The event.</param>
    void Link(FunctionEvent evt)
    {
    }

    /// <summary>The resources the event generates; it may also add policies to <see cref="FunctionEvent.Role"/>.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The generated resources, in the reference's order.</returns>
    IEnumerable<CfnResource> Transform(FunctionEvent evt);
}
