namespace SamDeploy.Resources.Events;

/// <summary>
/// The event source types a function accepts, by their <c>Type</c>. Plain hash tables: a frozen one costs more to build
/// (an analysis of its keys, in every process) than its faster look-ups of a few events ever save.
/// </summary>
internal static class EventSources
{
    private static readonly Dictionary<string, IEventSource> ByType = new IEventSource[]
    {
        new Pull.SqsEventSource(),
        new Pull.KinesisEventSource(),
        new Pull.DynamoDbEventSource(),
        new Pull.MskEventSource(),
        new Pull.MqEventSource(),
        new Pull.SelfManagedKafkaEventSource(),
        new Pull.DocumentDbEventSource(),
        new Push.ScheduleEventSource(),
        new Push.CloudWatchEventSource("CloudWatchEvent"),
        new Push.CloudWatchEventSource("EventBridgeRule"),
        new Push.S3EventSource(),
        new Push.SnsEventSource(),
        new Push.AlexaSkillEventSource(),
        new Push.IoTRuleEventSource(),
        new Push.CognitoEventSource(),
        new Push.CloudWatchLogsEventSource(),
        new Push.ScheduleV2EventSource(),
        new Api.ApiEventSource(),
        new HttpApi.HttpApiEventSource(),
    }.ToDictionary(e => e.Type, StringComparer.Ordinal);

    /// <summary>The event source for a type, or null when the type is unknown or not supported yet.</summary>
    public static IEventSource? Find(string type) => ByType.GetValueOrDefault(type);

    /// <summary>Every type the reference knows, whether or not SamDeploy supports it yet.</summary>
    public static IReadOnlySet<string> ReferenceTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Api", "HttpApi", "S3", "SNS", "SQS", "Kinesis", "DynamoDB", "MSK", "MQ", "SelfManagedKafka", "DocumentDB",
        "Schedule", "ScheduleV2", "CloudWatchEvent", "EventBridgeRule", "CloudWatchLogs", "IoTRule", "AlexaSkill", "Cognito",
    };
}
