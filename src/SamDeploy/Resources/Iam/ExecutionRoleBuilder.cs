using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Iam;

/// <summary>Builds the execution role <c>&lt;Id&gt;Role</c> of a function or state machine from its Policies, as the reference does.</summary>
internal sealed class ExecutionRoleBuilder
{
    public required string ResourceLogicalId { get; init; }

    public required IReadOnlyList<KeyValuePair<string, JToken>> Attributes { get; init; }

    public required JToken AssumeRolePolicyDocument { get; init; }

    public required JToken? Policies { get; init; }

    public List<JToken> ManagedPolicyArns { get; init; } = [];

    public List<JToken> PolicyDocuments { get; init; } = [];

    public JToken? RolePath { get; init; }

    public JToken? PermissionsBoundary { get; init; }

    public JToken? Tags { get; init; }

    public CfnResource Build(TransformContext context)
    {
        var role = new CfnResource(ResourceLogicalId + "Role", "AWS::IAM::Role", supportsTags: true).WithAttributes(Attributes);
        role["AssumeRolePolicyDocument"] = AssumeRolePolicyDocument;
        var managed = new List<JToken>(ManagedPolicyArns);
        var documents = new List<JToken>(PolicyDocuments);
        var entries = PolicyEntries.Of(Policies);
        for (var index = 0; index < entries.Count; index++)
        {
            var data = entries[index];
            var kind = PolicyEntries.Classify(data, catalog: null);
            var policyName = role.LogicalId + "Policy" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (kind)
            {
                case PolicyKind.PolicyStatement:
                    documents.Add(Fn.IsIf(data)
                        ? ConvertIfValues(data, v => !Fn.IsNoValue(v), v => new JObject { ["PolicyName"] = policyName, ["PolicyDocument"] = v })
                        : new JObject { ["PolicyName"] = policyName, ["PolicyDocument"] = data });
                    break;
                case PolicyKind.ManagedPolicy:
                    var arn = data;
                    if (data is JValue { Type: JTokenType.String } name)
                    {
                        arn = Resolve((string)name!, context);
                    }
                    else if (Fn.IsIf(data))
                    {
                        arn = ConvertIfValues(data, v => !Fn.IsNoValue(v) && v.Type == JTokenType.String, v => Resolve((string)v!, context));
                    }

                    if (!managed.Any(existing => JToken.DeepEquals(existing, arn)))
                    {
                        managed.Add(arn);
                    }

                    break;
                default:
                    throw TemplateErrors.Resource(ResourceLogicalId, $"Policy at index {index} in the 'Policies' property is not valid", data, "Policies");
            }
        }

        role["ManagedPolicyArns"] = new JArray(managed);
        role["Policies"] = documents.Count > 0 ? new JArray(documents) : null;
        role["Path"] = RolePath;
        role["PermissionsBoundary"] = PermissionsBoundary;
        role["Tags"] = Tags;
        return role;
    }

    private static JValue Resolve(string name, TransformContext context) =>
        new(ManagedPolicyResolver.Resolve(name, context.Partition, context.Options.ManagedPolicyMap));

    private static JToken ConvertIfValues(JToken intrinsicIf, Func<JToken, bool> convertible, Func<JToken, JToken> convert)
    {
        var items = (JArray)intrinsicIf["Fn::If"]!;
        for (var i = 1; i <= 2; i++)
        {
            if (convertible(items[i]))
            {
                items[i] = convert(items[i]);
            }
        }

        return intrinsicIf;
    }

    /// <summary>The trust policy that lets a service principal assume a role.</summary>
    public static JObject AssumeRolePolicyFor(string servicePrincipal) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JArray(new JObject
        {
            ["Action"] = new JArray("sts:AssumeRole"),
            ["Effect"] = "Allow",
            ["Principal"] = new JObject { ["Service"] = new JArray(servicePrincipal) },
        }),
    };
}
