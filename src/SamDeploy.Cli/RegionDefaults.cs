namespace SamDeploy.Cli;

/// <summary>Chooses the region the way the AWS tools do when <c>--region</c> is not given.</summary>
internal static class RegionDefaults
{
    // An array, not a span of a collection expression, whose inline-array helpers are compiled at run time on every start.
    private static readonly string[] RegionVariables = ["AWS_REGION", "AWS_DEFAULT_REGION"];

    /// <summary>The region when neither the option nor the environment names one.</summary>
    public const string Fallback = "us-east-1";

    /// <summary>The region: <paramref name="option"/>, else <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>, else <see cref="Fallback"/>. Empty values count as unset.</summary>
    /// <param name="option">The value of <c>--region</c>, if given.</param>
    /// <param name="environment">Where the environment variables come from.</param>
    /// <returns>The region.</returns>
    public static string Resolve(string? option, ICliEnvironment environment)
    {
        if (option is not null)
        {
            if (string.IsNullOrWhiteSpace(option))
            {
                throw new UsageException("--region must not be empty.");
            }

            return option;
        }

        foreach (var variable in RegionVariables)
        {
            var value = environment.GetVariable(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return Fallback;
    }
}
