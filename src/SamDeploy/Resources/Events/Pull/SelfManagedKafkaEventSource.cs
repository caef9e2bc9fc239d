using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// The <c>SelfManagedKafka</c> event: Lambda reads one topic from the brokers in <c>KafkaBootstrapServers</c>.
/// SourceAccessConfigurations give the sign-in secret and the VPC; the role gets
/// <c>SelfManagedKafkaExecutionRolePolicy</c> for them.
/// </summary>
internal sealed class SelfManagedKafkaEventSource : PullEventSource
{
    private const string Suffix = "SourceAccessConfigurations for self managed kafka event.";

    private static readonly string[] AuthMechanisms = ["SASL_SCRAM_256_AUTH", "SASL_SCRAM_512_AUTH", "BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH"];

    /// <inheritdoc />
    public override string Type => "SelfManagedKafka";

    /// <inheritdoc />
    public override IReadOnlyList<PropertySpec> Properties { get; } = WithCommon();

    /// <inheritdoc />
    protected override JToken? EventSourceArn(FunctionEvent evt) => null;

    /// <inheritdoc />
    protected override IReadOnlyList<JObject> InlinePolicies(FunctionEvent evt)
    {
        if (Truthiness.IsFalsy(evt["KafkaBootstrapServers"]))
        {
            throw PullErrors.Event(evt, "No KafkaBootstrapServers provided for self managed kafka as an event source");
        }

        var topics = evt["Topics"];
        if (Truthiness.IsFalsy(topics))
        {
            throw PullErrors.Event(evt, "No Topics provided for self managed kafka as an event source");
        }

        if (topics is not JContainer { Count: 1 })
        {
            throw PullErrors.Event(evt, "Topics for self managed kafka only supports single configuration entry.", topics);
        }

        var configurations = evt["SourceAccessConfigurations"];
        if (Truthiness.IsFalsy(configurations))
        {
            throw PullErrors.Event(evt, "No SourceAccessConfigurations for self managed kafka event provided.");
        }

        var statements = new JArray();
        var (authUri, rootCaUri, hasVpc) = ReadAccess(evt, configurations!);
        if (Truthiness.IsTruthy(authUri))
        {
            statements.Add(SecretStatement(authUri));
        }

        if (Truthiness.IsTruthy(rootCaUri))
        {
            // The reference grants the sign-in secret here, not the root CA certificate's.
            statements.Add(SecretStatement(authUri));
        }

        if (hasVpc)
        {
            statements.Add(VpcNetworkInterfaces.Statement());
        }

        if (KmsDecryptStatement.For(evt, actionAsList: true) is { } kms)
        {
            statements.Add(kms);
        }

        foreach (var statement in SchemaRegistryPolicy.Statements(evt))
        {
            statements.Add(statement);
        }

        return
        [
            new JObject
            {
                ["PolicyDocument"] = new JObject { ["Statement"] = statements, ["Version"] = "2012-10-17" },
                ["PolicyName"] = "SelfManagedKafkaExecutionRolePolicy",
            },
        ];
    }

    private static JObject SecretStatement(JToken? uri) => new()
    {
        ["Action"] = new JArray("secretsmanager:GetSecretValue"),
        ["Effect"] = "Allow",
        ["Resource"] = uri?.DeepClone() ?? JValue.CreateNull(),
    };

    /// <summary>The sign-in secret, the root CA certificate secret and whether a VPC is configured, after the reference's checks.</summary>
    private static (JToken? AuthUri, JToken? RootCaUri, bool HasVpc) ReadAccess(FunctionEvent evt, JToken configurations)
    {
        if (configurations is not JArray list)
        {
            throw PullErrors.Event(evt, "SourceAccessConfigurations for self managed kafka event should be a list.", configurations);
        }

        JToken? authUri = null;
        JToken? rootCaUri = null;
        var hasSubnet = false;
        var hasSecurityGroup = false;
        foreach (var item in list)
        {
            if (item is not JObject configuration)
            {
                throw PullErrors.ResourceNamedByEventId(evt, PullErrors.ShouldBe("SourceAccessConfigurations", "map"), item);
            }

            var type = configuration["Type"] is JValue { Type: JTokenType.String } t ? (string?)t : null;
            var uri = configuration["URI"];
            switch (type)
            {
                case "VPC_SUBNET":
                    CheckUri(evt, uri, "VPC_SUBNET", configuration);
                    hasSubnet = true;
                    break;
                case "VPC_SECURITY_GROUP":
                    CheckUri(evt, uri, "VPC_SECURITY_GROUP", configuration);
                    hasSecurityGroup = true;
                    break;
                case "SERVER_ROOT_CA_CERTIFICATE":
                    CheckUri(evt, uri, "SERVER_ROOT_CA_CERTIFICATE", configuration);
                    rootCaUri = uri;
                    break;
                case not null when AuthMechanisms.Contains(type, StringComparer.Ordinal):
                    if (Truthiness.IsTruthy(authUri))
                    {
                        throw PullErrors.Event(evt, "Multiple auth mechanism properties specified in " + Suffix, configuration);
                    }

                    CheckUri(evt, uri, "auth mechanism", configuration);
                    authUri = uri;
                    break;
                default:
                    throw PullErrors.Event(evt, "Invalid SourceAccessConfigurations Type provided for self managed kafka event.", configuration);
            }
        }

        if (hasSubnet != hasSecurityGroup)
        {
            throw PullErrors.Event(evt, "VPC_SUBNET and VPC_SECURITY_GROUP in SourceAccessConfigurations for SelfManagedKafka must be both provided.", list);
        }

        return (authUri, rootCaUri, hasSubnet && hasSecurityGroup);
    }

    private static void CheckUri(FunctionEvent evt, JToken? uri, string what, JToken at)
    {
        if (Truthiness.IsFalsy(uri))
        {
            throw PullErrors.Event(evt, $"No {what} URI property specified in " + Suffix, at);
        }

        if (uri is not JValue { Type: JTokenType.String } && !Templates.Intrinsics.Fn.IsIntrinsic(uri))
        {
            throw PullErrors.Event(evt, $"Wrong Type for {what} URI property specified in " + Suffix, at);
        }
    }
}
