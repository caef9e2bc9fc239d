using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Iam;
using SamDeploy.Templates.Intrinsics;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Function;

/// <summary>Builds a function's execution role and decides whether (and on what condition) the function uses it.</summary>
internal static class FunctionRole
{
    public static CfnResource Build(FunctionScope function, List<JToken> eventInvokePolicies)
    {
        var partition = function.Context.Partition;
        var managed = new List<JToken>
        {
            ManagedPolicyResolver.AwsManagedArn(partition, function["DurableConfig"] is not null && function.Has("DurableConfig")
                ? "service-role/AWSLambdaBasicDurableExecutionRolePolicy"
                : "service-role/AWSLambdaBasicExecutionRole"),
        };
        if (function.Has("Tracing") && !(function.Parameters.ResolveCopy(function["Tracing"]) is JValue { Type: JTokenType.String } mode && (string?)mode == "Disabled"))
        {
            managed.Add(ManagedPolicyResolver.AwsManagedArn(partition, partition == "aws" ? "AWSXrayWriteOnlyAccess" : "AWSXRayDaemonWriteAccess"));
        }

        if (function.Has("VpcConfig"))
        {
            managed.Add(ManagedPolicyResolver.AwsManagedArn(partition, "service-role/AWSLambdaVPCAccessExecutionRole"));
        }

        var documents = new List<JToken>();
        if (function.Has("DeadLetterQueue"))
        {
            var dlq = function["DeadLetterQueue"]!;
            documents.Add(new JObject
            {
                ["PolicyName"] = "DeadLetterQueuePolicy",
                ["PolicyDocument"] = new JObject
                {
                    ["Version"] = "2012-10-17",
                    ["Statement"] = new JArray(new JObject
                    {
                        ["Action"] = SamDeploy.Templates.JsonText.StringOf(dlq["Type"]) == "SQS" ? "sqs:SendMessage" : "sns:Publish",
                        ["Resource"] = dlq["TargetArn"],
                        ["Effect"] = "Allow",
                    }),
                },
            });
        }

        if (function.Has("EventInvokeConfig"))
        {
            documents.AddRange(eventInvokePolicies);
        }

        return new ExecutionRoleBuilder
        {
            ResourceLogicalId = function.LogicalId,
            Attributes = function.Attributes.PassThroughOnly,
            AssumeRolePolicyDocument = function["AssumeRolePolicyDocument"] ?? ExecutionRoleBuilder.AssumeRolePolicyFor("lambda.amazonaws.com"),
            Policies = function["Policies"],
            ManagedPolicyArns = managed,
            PolicyDocuments = documents,
            RolePath = function["RolePath"],
            PermissionsBoundary = function["PermissionsBoundary"],
            Tags = LambdaFunctionBuilder.SamTags(function),
        }.Build(function.Context);
    }

    /// <summary>
    /// Connects the role to the function: no Role given uses the generated role; a Role that is an Fn::If with
    /// AWS::NoValue on a side uses the generated role on that side, created only under that condition.
    /// Returns whether the role resource belongs in the template.
    /// </summary>
    public static bool Attach(FunctionScope function, CfnResource lambda, CfnResource role)
    {
        var roleArn = Fn.GetAtt(role.LogicalId, "Arn");
        if (lambda["Role"] is null)
        {
            lambda["Role"] = roleArn;
            return true;
        }

        if (!Fn.IsIf(lambda["Role"]))
        {
            return false;
        }

        var resolved = function.Parameters.ResolveCopy(lambda["Role"]);
        if (Fn.ValidateIfItems(resolved, out var items) is { } error)
        {
            throw function.Error($"Malformed 'Role' property: {error}.", "Role");
        }

        var condition = items[0];
        if (Fn.IsNoValue(items[1]) && Fn.IsNoValue(items[2]))
        {
            lambda["Role"] = roleArn;
            return true;
        }

        if (Fn.IsNoValue(items[1]))
        {
            lambda["Role"] = new JObject { ["Fn::If"] = new JArray(condition, roleArn, items[2]) };
            role.SetAttribute("Condition", condition);
            return true;
        }

        if (Fn.IsNoValue(items[2]))
        {
            var notCondition = "NOT" + condition;
            lambda["Role"] = new JObject { ["Fn::If"] = new JArray(condition, items[1], roleArn) };
            role.SetAttribute("Condition", notCondition);
            if (function.Context.Output["Conditions"] is not JObject conditions)
            {
                conditions = [];
                function.Context.Output["Conditions"] = conditions;
            }

            conditions[notCondition] = Fn.NotCondition(condition.ToString());
            return true;
        }

        return false;
    }
}
