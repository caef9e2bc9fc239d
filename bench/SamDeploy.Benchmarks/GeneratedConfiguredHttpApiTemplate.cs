using System.Globalization;
using System.Text;

namespace SamDeploy.Benchmarks;

/// <summary>
/// SAM templates of one explicit <c>AWS::Serverless::HttpApi</c> configured as real ones are (a JWT default authorizer,
/// CORS, Name, Description, FailOnWarnings) and <c>N</c> functions with an <c>HttpApi</c> event on it, each on its own
/// route: every one of the API's own steps edits the whole OpenAPI definition, which the reference copies twice per
/// step.
/// </summary>
internal static class GeneratedConfiguredHttpApiTemplate
{
    /// <summary>The sizes the benchmarks use.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [10, 100];

    /// <summary>The file name <c>generate</c> writes the template of <paramref name="functions"/> functions to.</summary>
    public static string FileName(int functions) => string.Create(CultureInfo.InvariantCulture, $"generated_http_auth_{functions:D3}_functions.yaml");

    /// <summary>The YAML text of a template with <paramref name="functions"/> functions.</summary>
    public static string Yaml(int functions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        var text = new StringBuilder();
        text.Append("""
            Transform: AWS::Serverless-2016-10-31
            Description: Generated configured HTTP API benchmark template
            Globals:
              Function:
                Runtime: python3.12
            Resources:
              OrdersApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Name: orders-api
                  Description: Orders API
                  FailOnWarnings: true
                  CorsConfiguration:
                    AllowOrigins: ['https://example.com']
                    AllowMethods: [GET, POST]
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt:
                        IdentitySource: $request.header.Authorization
                        JwtConfiguration:
                          issuer: https://issuer.example.com
                          audience: [orders]

            """);
        for (var i = 1; i <= functions; i++)
        {
            EventFunctionBlock.Append(text, i, "HttpApi", api: ("ApiId", "OrdersApi"));
        }

        return text.ToString();
    }
}
