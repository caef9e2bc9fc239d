namespace SamDeploy.Resources.Events.Push;

/// <summary><c>AlexaSkill</c>: only the permission for the Alexa service, tied to the skill by its id when one is given.</summary>
internal sealed class AlexaSkillEventSource : IEventSource
{
    public string Type => "AlexaSkill";

    public IReadOnlyList<PropertySpec> Properties { get; } = [PropertySpec.String("SkillId")];

    public IEnumerable<CfnResource> Transform(FunctionEvent evt) =>
        [new LambdaPermissionBuilder(evt, "alexa-appkit.amazon.com") { EventSourceToken = evt["SkillId"] }.Build()];
}
