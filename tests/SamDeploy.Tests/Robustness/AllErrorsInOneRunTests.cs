using FluentAssertions;
using SamDeploy.Diagnostics;
using SamDeploy.Tests.Cli;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>A template with several independent mistakes reports every one of them in one run, each with its place.</summary>
public sealed class AllErrorsInOneRunTests : IDisposable
{
    private const string ThreeMistakes = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          NoCode:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: python3.12
          NoAlias:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/key
              Handler: index.handler
              Runtime: python3.12
              DeploymentPreference:
                Type: AllAtOnce
          BadEvent:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/key
              Handler: index.handler
              Runtime: python3.12
              Events:
                Queue:
                  Type: SQS
                  Properties: {BatchSize: 5}
          Fine:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/key
              Handler: index.handler
              Runtime: python3.12

        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Three_independent_mistakes_in_three_functions_are_all_reported()
    {
        var result = new SamTransformer().Transform(ThreeMistakes, "three.yaml");

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.SubjectId).Should().Equal("BadEventQueue", "NoAlias", "NoCode");
        result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error && d.Span != null && d.Span.File == "three.yaml");
        result.ErrorMessage.Should().StartWith("Invalid Serverless Application Specification document. Number of errors found: 3. ");
        foreach (var diagnostic in result.Diagnostics)
        {
            result.ErrorMessage.Should().Contain(diagnostic.FullMessage);
        }

        // Each diagnostic points into the function it is about.
        result.Diagnostics.Single(d => d.SubjectId == "NoCode").Span!.Line.Should().BeInRange(3, 7);
        result.Diagnostics.Single(d => d.SubjectId == "NoAlias").Span!.Line.Should().BeInRange(8, 15);
        result.Diagnostics.Single(d => d.SubjectId == "BadEventQueue").Span!.Line.Should().BeInRange(16, 25);
    }

    [Fact]
    public void The_CLI_prints_the_whole_message_then_one_located_line_per_error()
    {
        var template = _temp.Write("three.yaml", ThreeMistakes);

        var run = CliRun.Of("transform", template);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().HaveCount(4);
        run.StderrLines[0].Should().StartWith("Invalid Serverless Application Specification document. Number of errors found: 3. ");
        run.StderrLines.Skip(1).Should().AllSatisfy(line => line.Should().MatchRegex(@"^.*three\.yaml\(\d+,\d+\): error SAM\d{4}: Resource with id \[\w+\] is invalid\. "));
        run.StderrLines.Skip(1).Select(line => line[(line.IndexOf("[", StringComparison.Ordinal) + 1)..line.IndexOf("]", StringComparison.Ordinal)])
            .Should().Equal("BadEventQueue", "NoAlias", "NoCode");
    }
}
