using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;

namespace SamDeploy.Tests.Events.Pull;

/// <summary>Transforms a one-function template whose Events (and extra function properties) a test writes in YAML.</summary>
internal static class PullEventHarness
{
    public const string ErrorPrefix = "Invalid Serverless Application Specification document. Number of errors found: 1. ";

    /// <summary>The template for <paramref name="events"/> (the Events map, unindented) and extra function properties.</summary>
    public static string Template(string events, string functionExtra = "") =>
        "Transform: AWS::Serverless-2016-10-31\n" +
        "Resources:\n" +
        "  Fn:\n" +
        "    Type: AWS::Serverless::Function\n" +
        "    Properties:\n" +
        "      CodeUri: s3://bucket/code.zip\n" +
        "      Handler: index.handler\n" +
        "      Runtime: python3.12\n" +
        Indent(functionExtra, 6) +
        "      Events:\n" +
        Indent(events, 8);

    /// <summary>The resources of the transformed template; fails the test when the transform fails.</summary>
    public static JObject Transformed(string events, string functionExtra = "", string region = "ap-southeast-1") =>
        TransformedTemplate.Resources(Template(events, functionExtra), new TransformOptions { Region = region });

    /// <summary>The whole error message of the transform; fails the test when the transform succeeds.</summary>
    public static string Error(string events, string functionExtra = "")
    {
        var result = new SamTransformer(new TransformOptions { Region = "ap-southeast-1" }).Transform(Template(events, functionExtra));
        return result.ErrorMessage ?? throw new InvalidOperationException("The transform succeeded.");
    }

    /// <summary>The inline policy of the execution role with this name.</summary>
    public static JObject Policy(JObject resources, string name) =>
        (JObject)((JArray)resources["FnRole"]!["Properties"]!["Policies"]!).Single(p => (string?)p["PolicyName"] == name);

    private static string Indent(string text, int spaces)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var pad = new string(' ', spaces);
        return string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(line => pad + line + "\n"));
    }
}
