namespace SamDeploy.Tests.Cli;

/// <summary>Template texts the CLI tests feed in.</summary>
internal static class CliTemplates
{
    /// <summary>A CloudFormation template with no SAM in it: it passes through unchanged.</summary>
    public const string Plain = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub "${AWS::Region}-bucket"
        """;

    /// <summary><see cref="Plain"/> as the CLI writes it in JSON.</summary>
    public const string PlainJson = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Resources": {
            "Bucket": {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "BucketName": {
                  "Fn::Sub": "${AWS::Region}-bucket"
                }
              }
            }
          }
        }

        """;

    /// <summary>A SAM template without a <c>Resources</c> section.</summary>
    public const string NoResources = """
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Stage:
            Type: String
        """;

    /// <summary>The reference's whole message for <see cref="NoResources"/>.</summary>
    public const string NoResourcesMessage =
        "Invalid Serverless Application Specification document. Number of errors found: 1. Structure of the SAM template is invalid. 'Resources' section is required";

    /// <summary>YAML that does not parse: the flow sequence is never closed.</summary>
    public const string BrokenYaml = """
        Resources:
          Bucket: [unclosed
        """;
}
