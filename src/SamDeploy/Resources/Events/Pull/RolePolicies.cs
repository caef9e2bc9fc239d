using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>
/// Adds a pull event's policies to the function's execution role as the reference does: the managed policy ARN once,
/// and each inline policy unless the role already has it or a policy with the same document.
/// </summary>
internal static class RolePolicies
{
    public static void Add(CfnResource role, string? managedArn, IReadOnlyList<JObject>? inline, JObject? destinationPolicy)
    {
        if (managedArn is not null)
        {
            if (role["ManagedPolicyArns"] is not JArray managed)
            {
                managed = [];
                role["ManagedPolicyArns"] = managed;
            }

            if (!managed.Any(existing => JToken.DeepEquals(existing, new JValue(managedArn))))
            {
                managed.Add(managedArn);
            }
        }

        if (inline is not null)
        {
            var policies = PoliciesOf(role);
            foreach (var policy in inline)
            {
                if (!Contains(policies, policy) && !HasDocument(policies, policy["PolicyDocument"]))
                {
                    policies.Add(policy);
                }
            }
        }

        if (destinationPolicy is not null)
        {
            var policies = PoliciesOf(role);
            if (!Contains(policies, destinationPolicy) && !HasDocument(policies, destinationPolicy["PolicyDocument"]))
            {
                policies.Add(destinationPolicy);
            }
        }
    }

    private static JArray PoliciesOf(CfnResource role)
    {
        if (role["Policies"] is not JArray policies)
        {
            policies = [];
            role["Policies"] = policies;
        }

        return policies;
    }

    private static bool Contains(JArray policies, JObject policy) => policies.Any(p => JToken.DeepEquals(p, policy));

    private static bool HasDocument(JArray policies, JToken? document) =>
        policies.Any(p => JToken.DeepEquals(p["PolicyDocument"] ?? new JObject(), document ?? JValue.CreateNull()));
}
