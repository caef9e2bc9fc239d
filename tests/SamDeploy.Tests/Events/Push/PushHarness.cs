using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;

namespace SamDeploy.Tests.Events.Push;

/// <summary>Transforms a small SAM template with one function and returns its resources or its error.</summary>
internal static class PushHarness
{
    /// <summary>A template with the function <c>Fn</c> holding <paramref name="events"/> (YAML, indented for Events), plus extra resources.</summary>
    public static string Template(string events, string extraResources = "", string functionExtras = "") => $"""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              InlineCode: x
              Handler: index.handler
              Runtime: python3.12
        {Indent(functionExtras, 6)}
              Events:
        {Indent(events, 8)}
        {Indent(extraResources, 2)}
        """;

    public static JObject Resources(string yaml, string region = "us-east-1") =>
        TransformedTemplate.Resources(yaml, new TransformOptions { Region = region });

    /// <summary>The whole error message, without the "Invalid Serverless Application Specification document. Number of errors found: 1. " prefix.</summary>
    public static string Error(string yaml)
    {
        var result = new SamTransformer().Transform(yaml);
        if (result.Success)
        {
            throw new InvalidOperationException("The transform succeeded.");
        }

        const string prefix = "Invalid Serverless Application Specification document. Number of errors found: 1. ";
        var message = result.ErrorMessage!;
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }

    /// <summary>Asserts that <paramref name="actual"/> is the JSON <paramref name="expected"/> (maps in any order, lists in order).</summary>
    public static void ShouldBeJson(this JToken? actual, string expected)
    {
        var parsed = JToken.Parse(expected);
        JToken.DeepEquals(actual, parsed).Should().BeTrue("expected {0} but got {1}", parsed.ToString(), actual?.ToString() ?? "nothing");
    }

    private static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Length == 0 ? l : pad + l));
    }
}
