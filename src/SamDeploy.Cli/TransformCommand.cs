using System.Collections.Immutable;
using System.CommandLine;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary><c>samdeploy transform TEMPLATE...</c>: turns SAM templates into CloudFormation.</summary>
internal sealed class TransformCommand : Command
{
    /// <summary>Examples shown at the end of <c>samdeploy transform --help</c>.</summary>
    public static readonly ImmutableArray<string> Examples =
    [
        "samdeploy transform template.yaml",
        "samdeploy transform template.yaml --format yaml --output packaged.yaml",
        "samdeploy transform a.yaml b.yaml --output-dir out --region eu-west-1",
        "samdeploy transform template.yaml --parameter Stage=prod --parameter MemorySize=512",
        "samdeploy transform template.yaml --managed-policy-map policies.json",
        "samdeploy transform template.yaml --check approved.json            (CI: exit 1 and a diff when the output drifted)",
        "samdeploy transform template.yaml --check approved.json --update   (accept the new output)",
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="environment">Where output goes and environment variables come from.</param>
    public TransformCommand(ICliEnvironment environment)
        : base("transform", "Transform AWS SAM templates (YAML or JSON) into plain CloudFormation, as the AWS::Serverless-2016-10-31 transform does.")
    {
        ArgumentNullException.ThrowIfNull(environment);
        Arguments.Add(TemplatesArgument);
        Options.Add(OutputOption);
        Options.Add(OutputDirectoryOption);
        Options.Add(FormatOption);
        Options.Add(PartitionOption);
        Options.Add(RegionOption);
        Options.Add(ParameterOption);
        Options.Add(ManagedPolicyMapOption);
        Options.Add(CheckOption);
        Options.Add(UpdateOption);
        SetAction(parseResult => Prepare(parseResult, environment).Run());
    }

    /// <summary>The template files.</summary>
    public Argument<string[]> TemplatesArgument { get; } = new("TEMPLATE")
    {
        Description = "The SAM template files to transform (YAML or JSON).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--output FILE</c>.</summary>
    public Option<string?> OutputOption { get; } = new("--output", "-o")
    {
        Description = "Write the CloudFormation to FILE instead of standard output (one template only).",
        HelpName = "FILE",
    };

    /// <summary><c>--output-dir DIR</c>.</summary>
    public Option<string?> OutputDirectoryOption { get; } = new("--output-dir")
    {
        Description = "Write each result to DIR/NAME.json (NAME.yaml with --format yaml), NAME being the template's file name without extension. Required with several templates.",
        HelpName = "DIR",
    };

    /// <summary><c>--format json|yaml</c>.</summary>
    public Option<string> FormatOption { get; } = CommonOptions.TemplateFormat("The output format.");

    /// <summary><c>--partition aws|aws-cn|aws-us-gov</c>.</summary>
    public Option<string?> PartitionOption { get; } = CommonOptions.Partition();

    /// <summary><c>--region REGION</c>.</summary>
    public Option<string?> RegionOption { get; } = new("--region")
    {
        Description = "The region the stack is deployed to (AWS::Region). Default: $AWS_REGION, then $AWS_DEFAULT_REGION, then us-east-1.",
        HelpName = "REGION",
    };

    /// <summary><c>--parameter NAME=VALUE</c>, repeatable.</summary>
    public Option<string[]> ParameterOption { get; } = new("--parameter", "-p")
    {
        Description = "A value for a template parameter, as a string; split at the first '='. Repeat for several parameters.",
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--managed-policy-map FILE.json</c>.</summary>
    public Option<string?> ManagedPolicyMapOption { get; } = new("--managed-policy-map")
    {
        Description = "A JSON object mapping managed policy names to ARNs, used to resolve names in a function's Policies (SamDeploy never calls AWS).",
        HelpName = "FILE.json",
    };

    /// <summary><c>--check APPROVED.json</c>.</summary>
    public Option<string?> CheckOption { get; } = new("--check")
    {
        Description = "Compare the CloudFormation with an approved snapshot (JSON, or YAML for .yaml/.yml) instead of writing it: exit 0 when they mean the same JSON (key order and white space aside), 1 with a path-by-path diff when they differ. One template only.",
        HelpName = "APPROVED.json",
    };

    /// <summary><c>--update</c>, with <c>--check</c>.</summary>
    public Option<bool> UpdateOption { get; } = new("--update")
    {
        Description = "With --check: write the CloudFormation to the approved snapshot (creating it) instead of comparing.",
    };

    /// <summary>Checks the parsed command line and turns it into a job: a snapshot check, or a transform.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">Where output goes and the region default comes from.</param>
    /// <returns>The job.</returns>
    /// <exception cref="UsageException">The options do not fit together or a file is unusable.</exception>
    public TransformJob Prepare(ParseResult parseResult, ICliEnvironment environment)
    {
        if (parseResult.GetValue(CheckOption) is not null || parseResult.GetValue(UpdateOption))
        {
            var check = SnapshotCheckRequest.Create(this, parseResult, environment);
            return new TransformJob(check.Update ? [Path.GetFullPath(check.Approved)] : [], () => SnapshotCheckRunner.Run(check, environment));
        }

        var request = CreateRequest(parseResult, environment);
        return new TransformJob([.. request.Destinations.OfType<string>().Select(Path.GetFullPath)], () => TransformRunner.Run(request, environment));
    }

    /// <summary>Checks the parsed command line and turns it into a request.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">Where the region default comes from.</param>
    /// <returns>The request.</returns>
    /// <exception cref="UsageException">The options do not fit together or a file is unusable.</exception>
    public TransformRequest CreateRequest(ParseResult parseResult, ICliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var templates = (parseResult.GetValue(TemplatesArgument) ?? []).ToImmutableArray();
        CommonOptions.CheckTemplateArguments(templates);

        var format = CommonOptions.FormatOf(parseResult.GetValue(FormatOption));
        var destinations = OutputDestinations.Plan(templates, parseResult.GetValue(OutputOption), parseResult.GetValue(OutputDirectoryOption), format);
        var options = CommonOptions.TransformOptions(
            parseResult.GetValue(RegionOption),
            parseResult.GetValue(PartitionOption),
            parseResult.GetValue(ParameterOption),
            parseResult.GetValue(ManagedPolicyMapOption),
            environment);

        return new TransformRequest(templates, destinations, format, options);
    }


}
