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

    /// <summary>The output format a <c>--format</c> value names (see <see cref="TemplateFormat(string)"/>).</summary>
    public static Templates.Writing.TemplateFormat FormatOf(string? value) =>
        string.Equals(value, "yaml", StringComparison.Ordinal) ? Templates.Writing.TemplateFormat.Yaml : Templates.Writing.TemplateFormat.Json;

    /// <summary>
    /// Rejects a template argument that is empty, or that is an unknown option: the parser takes an unknown option for
    /// one more template, so say what it most likely is (unless a file of that name exists).
    /// </summary>
    /// <exception cref="UsageException">An argument is empty, or starts with '-' and names no file.</exception>
    public static void CheckTemplateArguments(IEnumerable<string> templates)
    {
        foreach (var template in templates)
        {
            if (template.Length == 0)
            {
                throw new UsageException("Cannot read template '': the path is empty.");
            }

            if (template.StartsWith('-') && !File.Exists(template))
            {
                throw new UsageException($"Unrecognized option '{template}'.");
            }
        }
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
