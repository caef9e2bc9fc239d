using System.CommandLine;
using SamDeploy.Diagnostics;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>What <c>explain</c>, <c>lint</c> and <c>diff</c> share: the options that shape the transform, and how results and errors are written.</summary>
internal static class InsightOptions
{
    /// <summary>A new <c>--parameter NAME=VALUE</c> option.</summary>
    public static Option<string[]> Parameter() => new("--parameter", "-p")
    {
        Description = "A value for a template parameter, as a string; split at the first '='. Repeat for several parameters.",
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A new <c>--region REGION</c> option.</summary>
    public static Option<string?> Region() => new("--region")
    {
        Description = "The region the stack is deployed to. Default: $AWS_REGION, then $AWS_DEFAULT_REGION, then us-east-1.",
        HelpName = "REGION",
    };

    /// <summary>The transform options from the parsed values.</summary>
    public static TransformOptions TransformOptions(string[]? parameters, string? region, ICliEnvironment environment) =>
        CommonOptions.TransformOptions(region, partition: null, parameters, managedPolicyMap: null, environment);

    /// <summary>Writes a result to a file, or to standard output.</summary>
    public static void WriteResult(string text, string? output, ICliEnvironment environment)
    {
        if (output is not null)
        {
            CliFiles.WriteText(output, text);
            return;
        }

        environment.Out.Write(text);
        environment.Out.Flush();
    }

    /// <summary>Writes the errors of a template that does not transform to standard error, one per line.</summary>
    public static void PrintErrors(IEnumerable<Diagnostic> diagnostics, ICliEnvironment environment)
    {
        foreach (var diagnostic in diagnostics)
        {
            environment.Error.WriteLine(diagnostic.ToString());
        }
    }
}
