using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>The statement that lets the poller decrypt a Secrets Manager secret with the key in SecretsManagerKmsKeyId.</summary>
internal static class KmsDecryptStatement
{
    /// <summary>The statement, or null when SecretsManagerKmsKeyId is not set; the key id must be a string.</summary>
    /// <param name="evt">The event.</param>
    /// <param name="actionAsList">Whether the action is written as a one-item list (Kafka, DocumentDB) or a string (MQ).</param>
    public static JObject? For(FunctionEvent evt, bool actionAsList)
    {
        var keyId = evt["SecretsManagerKmsKeyId"];
        if (Transform.Truthiness.IsFalsy(keyId))
        {
            return null;
        }

        if (keyId is not JValue { Type: JTokenType.String } text)
        {
            throw PullErrors.Event(evt, PullErrors.ShouldBe("SecretsManagerKmsKeyId", "string"), keyId);
        }

        return new JObject
        {
            ["Action"] = actionAsList ? new JArray("kms:Decrypt") : "kms:Decrypt",
            ["Effect"] = "Allow",
            ["Resource"] = Fn.Sub("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/" + (string)text!),
        };
    }
}
