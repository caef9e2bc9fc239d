using System.CommandLine;
using SamDeploy.Transform;

namespace SamDeploy.Cli;

/// <summary>Options several commands share, built in one place so they read and validate the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format json|yaml</c>, default json.</summary>
    public static Option<string> TemplateFormat(string description)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => "json",
        };
        option.AcceptOnlyFromAmong("json", "yaml");
        return option;
    }

    /// <summary><c>--partition aws|aws-cn|aws-us-gov</c>; absent means the region's partition.</summary>
    public static Option<string?> Partition()
    {
        var option = new Option<string?>("--partition")
        {
            Description = "The AWS partition (AWS::Partition). Default: the partition of the region.",
        };
        option.AcceptOnlyFromAmong("aws", "aws-cn", "aws-us-gov");
        return option;
    }

    /// <summary>The transform options from the values of <c>--region</c>, <c>--partition</c>, <c>--parameter</c> and <c>--managed-policy-map</c>.</summary>
    public static TransformOptions TransformOptions(string? region, string? partition, string[]? parameters, string? managedPolicyMap, ICliEnvironment environment)
    {
        var options = new TransformOptions
        {
            Region = RegionDefaults.Resolve(region, environment),
            Partition = partition,
            ParameterValues = ParameterValueParser.Parse(parameters ?? []),
        };
        return managedPolicyMap is null ? options : options with { ManagedPolicyMap = ManagedPolicyMapFile.Load(managedPolicyMap) };
    }
}
