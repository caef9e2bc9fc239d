namespace SamDeploy.Tests.Insights;

/// <summary>Builds small SAM templates for the insight tests.</summary>
internal static class InsightTemplates
{
    /// <summary>A template with one function <c>Fn</c> whose DeploymentPreference body is <paramref name="preference"/> (indented 8 spaces), plus <paramref name="extraResources"/> (indented 2 spaces) and <paramref name="top"/> sections.</summary>
    public static string WithPreference(string preference, string extraResources = "", string top = "", string functionExtra = "") =>
        "Transform: AWS::Serverless-2016-10-31\n"
        + top
        + "Resources:\n"
        + "  Fn:\n"
        + "    Type: AWS::Serverless::Function\n"
        + "    Properties:\n"
        + "      CodeUri: s3://bucket/fn.zip\n"
        + "      Handler: index.handler\n"
        + "      Runtime: python3.12\n"
        + "      AutoPublishAlias: live\n"
        + functionExtra
        + "      DeploymentPreference:\n"
        + Indent(preference, 8)
        + Indent(extraResources, 2);

    /// <summary>A hook function <paramref name="id"/> named <paramref name="name"/> (null: no FunctionName), allowed to report its status when <paramref name="canReport"/>.</summary>
    public static string Hook(string id, string? name = "CodeDeployHook_test", bool canReport = true, string extra = "") =>
        id + ":\n"
        + "  Type: AWS::Serverless::Function\n"
        + "  Properties:\n"
        + (name is null ? string.Empty : "    FunctionName: " + name + "\n")
        + "    CodeUri: s3://bucket/hook.zip\n"
        + "    Handler: hook.handler\n"
        + "    Runtime: python3.12\n"
        + extra
        + (canReport
            ? "    Policies:\n"
              + "      - Version: '2012-10-17'\n"
              + "        Statement:\n"
              + "          - Effect: Allow\n"
              + "            Action: codedeploy:PutLifecycleEventHookExecutionStatus\n"
              + "            Resource: '*'\n"
            : "    Policies:\n      - AWSLambdaBasicExecutionRole\n");

    public static string Indent(string text, int spaces)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var pad = new string(' ', spaces);
        return string.Join("\n", text.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : pad + l)) + "\n";
    }
}
