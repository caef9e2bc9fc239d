using System.Globalization;
using System.Text;

namespace SamDeploy.Benchmarks;

/// <summary>
/// SAM templates of any size, made in code: <c>N</c> functions, each with <c>AutoPublishAlias</c>, a Canary
/// <c>DeploymentPreference</c> with PreTraffic/PostTraffic hooks and two alarms, and an <c>Api</c> event on its own path
/// (so all of them land in one implicit REST API, whose swagger grows with <c>N</c>), plus the two hook functions and
/// one CloudWatch alarm per function.
/// </summary>
internal static class GeneratedTemplate
{
    /// <summary>The sizes the benchmarks and the scaling check use.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [1, 10, 100, 500];

    /// <summary>The file name <c>generate</c> writes the template of <paramref name="functions"/> functions to.</summary>
    public static string FileName(int functions) => string.Create(CultureInfo.InvariantCulture, $"generated_{functions:D3}_functions.yaml");

    /// <summary>The YAML text of a template with <paramref name="functions"/> functions.</summary>
    public static string Yaml(int functions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        var text = new StringBuilder();
        text.Append("""
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Description: Generated benchmark template
            Globals:
              Function:
                Runtime: python3.12
                Timeout: 10
            Resources:
              PreTrafficHook:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: hooks.pre_traffic
                  CodeUri: s3://bench-bucket/hooks.zip
                  DeploymentPreference:
                    Enabled: false
              PostTrafficHook:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: hooks.post_traffic
                  CodeUri: s3://bench-bucket/hooks.zip
                  DeploymentPreference:
                    Enabled: false

            """);
        for (var i = 1; i <= functions; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                  Function{{i}}:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler{{i}}
                      CodeUri: s3://bench-bucket/function{{i}}.zip
                      MemorySize: 256
                      AutoPublishAlias: live
                      Environment:
                        Variables:
                          TABLE_NAME: !Sub "${AWS::StackName}-table{{i}}"
                      DeploymentPreference:
                        Type: Canary10Percent5Minutes
                        Alarms:
                          - !Ref Function{{i}}ErrorsAlarm
                          - !Ref Function{{i}}ThrottlesAlarm
                        Hooks:
                          PreTraffic: !Ref PreTrafficHook
                          PostTraffic: !Ref PostTrafficHook
                      Events:
                        Get:
                          Type: Api
                          Properties:
                            Path: /items{{i}}/{id}
                            Method: get
                  Function{{i}}ErrorsAlarm:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      ComparisonOperator: GreaterThanThreshold
                      EvaluationPeriods: 1
                      MetricName: Errors
                      Namespace: AWS/Lambda
                      Period: 60
                      Statistic: Sum
                      Threshold: 0
                  Function{{i}}ThrottlesAlarm:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      ComparisonOperator: GreaterThanThreshold
                      EvaluationPeriods: 1
                      MetricName: Throttles
                      Namespace: AWS/Lambda
                      Period: 60
                      Statistic: Sum
                      Threshold: 0

                """);
        }

        return text.ToString();
    }
}
