namespace SamDeploy.Resources.Connector;

/// <summary>The kind of resource a connector profile generates for each destination.</summary>
internal enum ConnectorPolicyKind
{
    /// <summary>An <c>AWS::IAM::ManagedPolicy</c> attached to a role.</summary>
    IamManagedPolicy,

    /// <summary>An <c>AWS::SQS::QueuePolicy</c>.</summary>
    SqsQueuePolicy,

    /// <summary>An <c>AWS::SNS::TopicPolicy</c>.</summary>
    SnsTopicPolicy,

    /// <summary>One <c>AWS::Lambda::Permission</c> per permission asked for.</summary>
    LambdaPermission,
}
