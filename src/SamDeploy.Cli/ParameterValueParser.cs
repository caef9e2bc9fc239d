using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Cli;

/// <summary>Parses <c>--parameter NAME=VALUE</c> arguments into template parameter values.</summary>
internal static class ParameterValueParser
{
    /// <summary>Parses the arguments. Each is split at its first <c>=</c>; the value is a string and may be empty. A later value for the same name wins.</summary>
    /// <param name="arguments">The <c>NAME=VALUE</c> arguments, in command-line order.</param>
    /// <returns>The values by parameter name.</returns>
    /// <exception cref="UsageException">An argument has no <c>=</c> or an empty name.</exception>
    public static ImmutableDictionary<string, JToken> Parse(IEnumerable<string> arguments)
    {
        var values = ImmutableDictionary.CreateBuilder<string, JToken>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new UsageException($"--parameter expects NAME=VALUE, got '{argument}'.");
            }

            var name = argument[..separator];
            if (name.Trim().Length != name.Length)
            {
                throw new UsageException($"--parameter name '{name}' must not start or end with white space.");
            }

            values[name] = new JValue(argument[(separator + 1)..]);
        }

        return values.ToImmutable();
    }
}
