using System.Globalization;
using System.Text;

namespace SamDeploy.Benchmarks;

/// <summary>
/// SAM templates of <c>N</c> functions, each with an <c>HttpApi</c> event on its own route with a path parameter, all
/// in the implicit HTTP API (<c>ServerlessHttpApi</c>), whose OpenAPI definition grows with <c>N</c>: the scaling check
/// of HTTP API events, which the reference (and SamDeploy until it edited the definition in place) handles in time
/// quadratic in <c>N</c>.
/// </summary>
internal static class GeneratedHttpApiTemplate
{
    /// <summary>The sizes the benchmarks use.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [10, 100, 500];

    /// <summary>The file name <c>generate</c> writes the template of <paramref name="functions"/> functions to.</summary>
    public static string FileName(int functions) => string.Create(CultureInfo.InvariantCulture, $"generated_http_{functions:D3}_functions.yaml");

    /// <summary>The YAML text of a template with <paramref name="functions"/> functions.</summary>
    public static string Yaml(int functions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        var text = new StringBuilder();
        text.Append("""
            Transform: AWS::Serverless-2016-10-31
            Description: Generated HTTP API benchmark template
            Globals:
              Function:
                Runtime: python3.12
            Resources:

            """);
        for (var i = 1; i <= functions; i++)
        {
            EventFunctionBlock.Append(text, i, "HttpApi", api: null);
        }

        return text.ToString();
    }
}
