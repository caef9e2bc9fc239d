using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// The <c>MSK</c> event: Lambda reads a topic of the Amazon MSK cluster in <c>Stream</c>. Besides the managed MSK
/// policy, the role may read the schema registry and the mutual-TLS client certificate secret.
/// </summary>
internal sealed class MskEventSource : PullEventSource
{
    /// <inheritdoc />
    public override string Type => "MSK";

    /// <inheritdoc />
    public override IReadOnlyList<PropertySpec> Properties { get; } = WithCommon(
        PropertySpec.PassThrough("Stream").AsRequired(),
        PropertySpec.PassThrough("StartingPosition").AsRequired());

    /// <inheritdoc />
    protected override string ManagedPolicyPath => "service-role/AWSLambdaMSKExecutionRole";

    /// <inheritdoc />
    protected override JToken? EventSourceArn(FunctionEvent evt) => evt["Stream"];

    /// <inheritdoc />
    protected override IReadOnlyList<JObject>? InlinePolicies(FunctionEvent evt)
    {
        var statements = SchemaRegistryPolicy.Statements(evt);
        if (evt["SourceAccessConfigurations"] is JArray configurations)
        {
            // Lambda accepts one client certificate; each one given is allowed as the reference does.
            foreach (var configuration in configurations.OfType<JObject>())
            {
                if (configuration["Type"] is JValue { Type: JTokenType.String } type && (string?)type == "CLIENT_CERTIFICATE_TLS_AUTH"
                    && SamDeploy.Transform.Truthiness.IsTruthy(configuration["URI"]))
                {
                    statements.Add(new JObject
                    {
                        ["Action"] = new JArray("secretsmanager:GetSecretValue"),
                        ["Effect"] = "Allow",
                        ["Resource"] = configuration["URI"]!.DeepClone(),
                    });
                }
            }
        }

        return statements.Count == 0
            ? null
            : [new JObject { ["PolicyName"] = "MSKExecutionRolePolicy", ["PolicyDocument"] = new JObject { ["Statement"] = new JArray(statements) } }];
    }
}
