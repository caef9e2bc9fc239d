using System.Globalization;
using System.Text;

namespace SamDeploy.Benchmarks;

/// <summary>
/// SAM templates of one explicit API configured as real ones are and <c>N</c> functions with an event on it, each on
/// its own path: every one of the API's own steps edits the whole definition, which the reference copies twice per
/// step (for a REST API in Python 2.7 map order, which the deployment id hashes).
/// </summary>
internal sealed class ConfiguredApiTemplate
{
    /// <summary>An <c>AWS::Serverless::HttpApi</c> with a JWT default authorizer, CORS, Name, Description and FailOnWarnings.</summary>
    public static readonly ConfiguredApiTemplate Http = new("generated_http_auth_", "HttpApi", "ApiId", """
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

    /// <summary>An <c>AWS::Serverless::Api</c> with a Cognito default authorizer, CORS, gateway responses and binary media types.</summary>
    public static readonly ConfiguredApiTemplate Rest = new("generated_rest_auth_", "Api", "RestApiId", """
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

    private readonly string _fileNamePrefix;
    private readonly string _eventType;
    private readonly string _apiProperty;
    private readonly string _header;

    private ConfiguredApiTemplate(string fileNamePrefix, string eventType, string apiProperty, string header)
    {
        _fileNamePrefix = fileNamePrefix;
        _eventType = eventType;
        _apiProperty = apiProperty;
        _header = header;
    }

    /// <summary>The sizes the benchmarks use.</summary>
    public IReadOnlyList<int> Sizes { get; } = [10, 100];

    /// <summary>The file name <c>generate</c> writes the template of <paramref name="functions"/> functions to.</summary>
    public string FileName(int functions) => string.Create(CultureInfo.InvariantCulture, $"{_fileNamePrefix}{functions:D3}_functions.yaml");

    /// <summary>The YAML text of a template with <paramref name="functions"/> functions (the API is <c>OrdersApi</c>).</summary>
    public string Yaml(int functions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(functions, 1);
        var text = new StringBuilder(_header);
        for (var i = 1; i <= functions; i++)
        {
            EventFunctionBlock.Append(text, i, _eventType, api: (_apiProperty, "OrdersApi"));
        }

        return text.ToString();
    }
}
