using System.Globalization;
using System.Text;

namespace SamDeploy.Benchmarks;

/// <summary>
/// SAM templates of one explicit <c>AWS::Serverless::Api</c> configured as real ones are (a Cognito default authorizer,
/// CORS, gateway responses, binary media types) and <c>N</c> functions with an <c>Api</c> event on it, each on its own
/// path: every one of the API's own steps edits the whole Swagger document, which the reference copies twice per step
/// (in Python 2.7 map order, which the deployment id hashes).
/// </summary>
internal static class GeneratedConfiguredRestApiTemplate
{
    /// <summary>The sizes the benchmarks use.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [10, 100];

    /// <summary>The file name <c>generate</c> writes the template of <paramref name="functions"/> functions to.</summary>
    public static string FileName(int functions) => string.Create(CultureInfo.InvariantCulture, $"generated_rest_auth_{functions:D3}_functions.yaml");

    /// <summary>The YAML text of a template with <paramref name="functions"/> functions.</summary>
    public static string Yaml(int functions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        var text = new StringBuilder();
        text.Append("""
            Transform: AWS::Serverless-2016-10-31
            Description: Generated configured REST API benchmark template
            Globals:
              Function:
                Runtime: python3.12
            Resources:
              OrdersApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Cors: "'https://example.com'"
                  BinaryMediaTypes: ['image~1png']
                  GatewayResponses:
                    DEFAULT_4XX:
                      ResponseParameters:
                        Headers:
                          Access-Control-Allow-Origin: "'*'"
                  Auth:
                    DefaultAuthorizer: Cognito
                    Authorizers:
                      Cognito:
                        UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc

            """);
        for (var i = 1; i <= functions; i++)
        {
            EventFunctionBlock.Append(text, i, "Api", api: ("RestApiId", "OrdersApi"));
        }

        return text.ToString();
    }
}
