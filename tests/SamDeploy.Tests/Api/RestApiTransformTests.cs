using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>Ids and texts pinned against aws-sam-translator 1.110.0 run on the same templates.</summary>
public class RestApiTransformTests
{
    private const string ImplicitApi = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          MyFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: python3.12
              CodeUri: s3://bucket/key
              Events:
                GetRoot:
                  Type: Api
                  Properties:
                    Path: /
                    Method: get
                PostItem:
                  Type: Api
                  Properties:
                    Path: /items/{id}/
                    Method: ANY
        """;

    private const string ExplicitApi = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: my-stage
              Cors: "'example.com'"
          MyFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: python3.12
              CodeUri: s3://bucket/key
              FunctionName: my-function
              Events:
                Get:
                  Type: Api
                  Properties:
                    RestApiId: !Ref MyApi
                    Path: /hello
                    Method: get
        """;

    /// <summary>
    /// Templates whose deployment id hangs on a Python 2.7 key order the reference builds in its own way (or on another
    /// piece of Python behaviour, such as its case mapping), by name, with the template and the id aws-sam-translator
    /// 1.110.0 gives it.
    /// </summary>
    private static readonly Dictionary<string, (string Template, string DeploymentId)> PythonKeyOrderCases = new(StringComparer.Ordinal)
    {
        // MergeDefinitions on the implicit API, two events on one path: the reference sets the raw Method of each (a
        // template string, printed u'any') on the path's Python 2.7 map, whose copies the implicit API's events have
        // already counted.
        ["merge into the implicit api"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                MergeDefinitions: true
            Resources:
              F2:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: index.h, InlineCode: x, Events: {E2: {Type: Api, Properties: {Path: /AA, Method: any}}}}
              F4:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: index.h, InlineCode: x, Events: {E8: {Type: Api, Properties: {Path: /AA, Method: get}}}}
            """, "ServerlessRestApiDeployment9a52b14102"),

        // The reference merges into source_definition_body.copy(), whose table is sized for the keys before they go
        // in: with this many root keys the copy orders them unlike a deep copy.
        ["merge into a user definition with many root keys"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: dev
                  MergeDefinitions: true
                  DefinitionBody:
                    swagger: '2.0'
                    info: {title: T, version: '1'}
                    paths: {}
                    tags: [{name: t1}]
                    x-c: v
                    x-d1: v
                    securityDefinitions: {k: {type: apiKey, name: x-api-key, in: header}}
                    definitions: {M: {type: object}}
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.h
                  InlineCode: x
                  Events:
                    E:
                      Type: Api
                      Properties: {RestApiId: !Ref MyApi, Path: /p, Method: get}
            """, "MyApiDeployment3c5284c172"),

        // The reference collects gateway responses in a Py27Dict, then adds them to the document in that map's order;
        // for these two keys the orders differ.
        ["gateway responses with colliding keys"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  GatewayResponses:
                    BAD_REQUEST_BODY: {}
                    UNAUTHORIZED: {}
            """, "Api0Deployment8c8d91ef1c"),

        // The reference walks a function's Events in Python 2.7 order (E9 before E1), and merges the first event on a
        // new path into a plain dict: the first event's method comes first.
        ["merged events on one path, in the events' python order"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  MergeDefinitions: true
                  DefinitionBody: {paths: {'/b/{id}': {}}}
              F0:
                Type: AWS::Serverless::Function
                Properties:
                  {Runtime: python3.12, Handler: index.h, InlineCode: x, Events: {
                    E1: {Type: Api, Properties: {Path: /, Method: patch, RestApiId: !Ref Api0}},
                    E9: {Type: Api, Properties: {Path: /, Method: put, RestApiId: !Ref Api0}}}}
            """, "Api0Deployment41a8639978"),

        // The reference walks F2's events in Python 2.7 order (E5, E4, E3). E5's resource policy lists the path's
        // methods in the order the definition has when E5 runs, which is first, before any other event's copies.
        ["resource policy listing methods added so far"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              F2:
                Type: AWS::Serverless::Function
                Properties:
                  {Runtime: python3.12, Handler: index.h, InlineCode: x, Events: {
                    E3: {Type: Api, Properties: {Path: /a, Method: post}},
                    E4: {Type: Api, Properties: {Path: /a, Method: options}},
                    E5: {Type: Api, Properties: {Path: /a, Method: patch, Auth: {ResourcePolicy: {IpRangeBlacklist: [9.9.9.9]}}}}}}
              F4:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: index.h, InlineCode: x, Events: {E3: {Type: Api, Properties: {Path: /a, Method: head}}}}
            """, "ServerlessRestApiDeploymentf257112174"),

        // The reference merges Globals into a shallow copy of the global map and sets the API's own keys on it: the
        // merged gateway responses order as if written in that order (the colliding pair above, same id).
        ["gateway responses merged from globals"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                GatewayResponses: {BAD_REQUEST_BODY: {}}
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  GatewayResponses: {UNAUTHORIZED: {}}
            """, "Api0Deployment8c8d91ef1c"),

        // With an IgnoreGlobals list the reference deep-copies the global properties first, which reorders the
        // colliding pair: not the id of the pair written in this order.
        ["globals deep-copied for ignore globals"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                TracingEnabled: true
                GatewayResponses: {BAD_REQUEST_BODY: {}, UNAUTHORIZED: {}}
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                IgnoreGlobals: [TracingEnabled]
                Properties:
                  StageName: prod
            """, "Api0Deploymentce16fcb8df"),

        // Many gateway responses on both sides: the merged map's order depends on the shallow copy of the global map
        // (a deep copy orders these differently) and on setting the API's keys in their Python 2.7 order.
        ["many gateway responses merged from globals"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                GatewayResponses: {BAD_REQUEST_BODY: {StatusCode: '400'}, INVALID_SIGNATURE: {StatusCode: '401'}, INVALID_API_KEY: {StatusCode: '402'}, UNSUPPORTED_MEDIA_TYPE: {StatusCode: '403'}, RESOURCE_NOT_FOUND: {StatusCode: '404'}, BAD_REQUEST_PARAMETERS: {StatusCode: '405'}, AUTHORIZER_CONFIGURATION_ERROR: {StatusCode: '406'}, QUOTA_EXCEEDED: {StatusCode: '407'}, EXPIRED_TOKEN: {StatusCode: '408'}, MISSING_AUTHENTICATION_TOKEN: {StatusCode: '409'}}
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  GatewayResponses: {RESOURCE_NOT_FOUND: {StatusCode: '400'}, INTEGRATION_FAILURE: {StatusCode: '401'}, AUTHORIZER_FAILURE: {StatusCode: '402'}, BAD_REQUEST_BODY: {StatusCode: '403'}, BAD_REQUEST_PARAMETERS: {StatusCode: '404'}, INTEGRATION_TIMEOUT: {StatusCode: '405'}, INVALID_API_KEY: {StatusCode: '406'}, UNAUTHORIZED: {StatusCode: '407'}, EXPIRED_TOKEN: {StatusCode: '408'}}
            """, "Api0Deployment9443c9d02b"),
        ["other gateway responses merged from globals"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                GatewayResponses: {UNAUTHORIZED: {StatusCode: '400'}, API_CONFIGURATION_ERROR: {StatusCode: '401'}, AUTHORIZER_FAILURE: {StatusCode: '402'}, REQUEST_TOO_LARGE: {StatusCode: '403'}, INTEGRATION_TIMEOUT: {StatusCode: '404'}, DEFAULT_5XX: {StatusCode: '405'}, INVALID_API_KEY: {StatusCode: '406'}, BAD_REQUEST_BODY: {StatusCode: '407'}, EXPIRED_TOKEN: {StatusCode: '408'}, INVALID_SIGNATURE: {StatusCode: '409'}, ACCESS_DENIED: {StatusCode: '410'}}
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  GatewayResponses: {THROTTLED: {StatusCode: '400'}, EXPIRED_TOKEN: {StatusCode: '401'}, ACCESS_DENIED: {StatusCode: '402'}, INVALID_SIGNATURE: {StatusCode: '403'}, DEFAULT_5XX: {StatusCode: '404'}, REQUEST_TOO_LARGE: {StatusCode: '405'}, AUTHORIZER_FAILURE: {StatusCode: '406'}, UNSUPPORTED_MEDIA_TYPE: {StatusCode: '407'}, AUTHORIZER_CONFIGURATION_ERROR: {StatusCode: '408'}}
            """, "Api0Deploymentfa077bd413"),
        ["gateway responses merged into a shallow copy"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                GatewayResponses: {AUTHORIZER_CONFIGURATION_ERROR: {StatusCode: '400'}, EXPIRED_TOKEN: {StatusCode: '401'}, ACCESS_DENIED: {StatusCode: '402'}, UNAUTHORIZED: {StatusCode: '403'}, BAD_REQUEST_BODY: {StatusCode: '404'}, INTEGRATION_FAILURE: {StatusCode: '405'}, DEFAULT_5XX: {StatusCode: '406'}, AUTHORIZER_FAILURE: {StatusCode: '407'}, INVALID_SIGNATURE: {StatusCode: '408'}, UNSUPPORTED_MEDIA_TYPE: {StatusCode: '409'}}
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  GatewayResponses: {UNAUTHORIZED: {StatusCode: '400'}, DEFAULT_4XX: {StatusCode: '401'}, BAD_REQUEST_PARAMETERS: {StatusCode: '402'}, DEFAULT_5XX: {StatusCode: '403'}, INVALID_API_KEY: {StatusCode: '404'}, UNSUPPORTED_MEDIA_TYPE: {StatusCode: '405'}}
            """, "Api0Deploymenta8165a84a3"),

        // The FunctionNames of the functions with events on an API go into its deployment hash in the order the
        // functions are transformed: the resources map's Python 2.7 order with the implicit API added and removed
        // again (Middle, Alpha, Zeta), not the order of a map built from the logical ids alone. The two documents
        // differ only in where Middle and Alpha stand, which changes the paths' order but not the names' order.
        ["function names of several functions, zeta alpha middle"] = (FunctionNamesTemplate("Zeta", "Alpha", "Middle"), "MyApiDeployment32cc00615c"),
        ["function names of several functions, zeta middle alpha"] = (FunctionNamesTemplate("Zeta", "Middle", "Alpha"), "MyApiDeployment0de9ef3dec"),

        // The reference converts a template integer above Python 2.7's sys.maxint to its Py27LongInt, printed with an
        // L in the hashed text; 2^63 - 1 and negative integers stay plain.
        ["an integer above 2^63 - 1 in the definition"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: v1
                  DefinitionBody:
                    swagger: '2.0'
                    info: {title: x, version: '1'}
                    paths: {}
                    x-long: 9223372036854775808
                    x-max: 9223372036854775807
                    x-negative: -9223372036854775809
            """, "ApiDeployment6b6e6a1081"),

        // The implicit API plugin writes a function's Api events back with Events.update(api_events): with three
        // events the merge resizes the Events map, which reorders it, and the two events on /hello then merge their
        // methods into the definition the other way round.
        ["three api events merged, the events map resized by the plugin's update"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties: {StageName: v1, DefinitionBody: {paths: {/static: {}}}, MergeDefinitions: true}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/c.zip
                  Handler: i.h
                  Runtime: java17
                  Events:
                    BDL7Dxt: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /hello, Method: any}}
                    pSXp: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /hello, Method: delete}}
                    ftHF4vUCsMe: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /items, Method: get}}
            """, "ApiDeployment68c3bf6eb2"),

        // The reference upper-cases an event's Method with Python's full case mapping: the CORS preflight's allowed
        // methods name 'ß' as SS, which the deployment id hashes.
        ["a method whose upper case is longer"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/k.zip
                  Handler: i.h
                  Runtime: python3.12
                  Events:
                    E: {Type: Api, Properties: {Path: /x, Method: ß, RestApiId: !Ref Api}}
              Api:
                Type: AWS::Serverless::Api
                Properties: {StageName: p, Cors: "'*'"}
            """, "ApiDeploymentffa7d7ef29"),

        // The reference adds the api_key security definition with d.update({...}), which sizes the Python 2.7 table for
        // the merge before it inserts; with these five definitions that orders the keys unlike a plain insert.
        ["api key security definition added by update"] = ("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: dev
                  Auth: {ApiKeyRequired: true}
                  DefinitionBody:
                    swagger: '2.0'
                    info: {title: T, version: '1'}
                    paths: {}
                    securityDefinitions:
                      ExistingAuth: {type: apiKey, name: Authorization, in: header}
                      S0: {type: apiKey, name: h0, in: header}
                      S1: {type: apiKey, name: h1, in: header}
                      S2: {type: apiKey, name: h2, in: header}
                      S3: {type: apiKey, name: h3, in: header}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: a.h
                  CodeUri: s3://b/k.zip
                  Events:
                    Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /a, Method: get}}
            """, "ApiDeploymentb2a60e5031"),
    };

    public static TheoryData<string> PythonKeyOrderCaseNames => [.. PythonKeyOrderCases.Keys];

    /// <summary>
    /// An explicit API and functions with a FunctionName each and Api events on it, in the given document order; the
    /// first has two events.
    /// </summary>
    private static string FunctionNamesTemplate(params string[] functions)
    {
        var text = new System.Text.StringBuilder("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod

            """);
        foreach (var name in functions)
        {
            var path = "/" + name.ToLowerInvariant();
            var events = $"Get: {{Type: Api, Properties: {{RestApiId: !Ref MyApi, Path: {path}, Method: get}}}}";
            if (name == functions[0])
            {
                events += $", Post: {{Type: Api, Properties: {{RestApiId: !Ref MyApi, Path: {path}, Method: post}}}}";
            }

            text.Append("  ").Append(name).Append(":\n    Type: AWS::Serverless::Function\n")
                .Append("    Properties: {FunctionName: ").Append(name.ToLowerInvariant())
                .Append("-fn, Runtime: python3.12, Handler: index.h, InlineCode: x, Events: {").Append(events).Append("}}\n");
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(PythonKeyOrderCaseNames))]
    public void Deployment_ids_that_hang_on_a_python_27_key_order_match_the_reference(string name)
    {
        var (template, deploymentId) = PythonKeyOrderCases[name];

        TransformedTemplate.Resources(template).Properties().Select(p => p.Name).Should().Contain(deploymentId);
    }

    [Fact]
    public void The_implicit_api_gets_the_reference_deployment_id_and_stage()
    {
        var resources = TransformedTemplate.Resources(ImplicitApi);
        resources.Should().ContainKey("ServerlessRestApiDeployment53eaffaedf");
        resources["ServerlessRestApiDeployment53eaffaedf"]!["Properties"]!["Description"]!.ToString()
            .Should().Be("RestApi deployment id: 53eaffaedf8ea806edddf8111fb960f45451d63a");
        resources["ServerlessRestApiProdStage"]!["Properties"]!["DeploymentId"]!["Ref"]!.ToString().Should().Be("ServerlessRestApiDeployment53eaffaedf");
    }

    [Fact]
    public void Events_add_their_paths_with_a_lambda_proxy_integration()
    {
        var body = TransformedTemplate.Resources(ImplicitApi)["ServerlessRestApi"]!["Properties"]!["Body"]!;
        body["paths"]!["/items/{id}/"]!["x-amazon-apigateway-any-method"]!["x-amazon-apigateway-integration"]!["uri"]!["Fn::Sub"]!.ToString()
            .Should().Be("arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${MyFunction.Arn}/invocations");
        body["paths"]!["/"]!["get"]!["responses"].Should().BeOfType<JObject>();
    }

    [Fact]
    public void Permissions_are_named_for_the_stage_and_allow_any_stage_at_the_path()
    {
        var resources = TransformedTemplate.Resources(ImplicitApi);
        var arn = resources["MyFunctionPostItemPermissionProd"]!["Properties"]!["SourceArn"]!["Fn::Sub"]![0]!.ToString();
        arn.Should().Be("arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/*/items/*");
        resources.Should().ContainKey("MyFunctionGetRootPermissionProd");
    }

    [Fact]
    public void A_stage_name_that_is_not_alphanumeric_hashes_the_stage_and_permission_ids()
    {
        var resources = TransformedTemplate.Resources(ExplicitApi);
        resources.Should().ContainKey("MyApiStagea9d64949ee");
        resources.Should().ContainKey("MyFunctionGetPermissiona9d64949ee");
    }

    [Fact]
    public void The_deployment_hash_includes_cors_and_the_function_name()
    {
        var resources = TransformedTemplate.Resources(ExplicitApi);
        resources.Should().ContainKey("MyApiDeployment10ce8d0d49");
        resources["MyApiDeployment10ce8d0d49"]!["Properties"]!["Description"]!.ToString()
            .Should().Be("RestApi deployment id: 10ce8d0d49761b05afce4cf445335cee38531e6c");
    }

    [Fact]
    public void A_function_name_substituted_from_a_parameter_stays_a_template_string_in_the_deployment_hash()
    {
        // The reference hashes str() of the resolved FunctionName; a substitution into a template string keeps its
        // type, so it prints {u'Fn::Sub': u'orders-handler'} (c80d9b203c when the result was taken for a plain str).
        var resources = TransformedTemplate.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              NamePrefix:
                Type: String
                Default: orders
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  DefinitionUri: s3://bucket/swagger.yaml
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: !Sub ${NamePrefix}-handler
                  CodeUri: s3://bucket/code.zip
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Api
                        Path: /orders
                        Method: get
            """);

        resources.Should().ContainKey("ApiDeployment6265507e77");
    }

    [Fact]
    public void An_event_whose_auth_fails_leaves_no_half_made_route_behind()
    {
        // Events edit the implicit API's definition in place; the reference edits a copy, which a failure drops. The
        // reference visits Second first (Python 2.7 order): its route must be gone when First adds the same one.
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Second:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.second
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        Path: /items
                        Method: get
                        Auth:
                          Authorizer: Missing
              First:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/code.zip
                  Handler: index.first
                  Runtime: python3.12
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        Path: /items
                        Method: get
            """);

        result.ErrorMessage.Should().Be(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Second] is invalid. Event with id [Get] is invalid. Unable to set Authorizer [Missing] on API method [get] for path [/items] because the related API does not define any Authorizers.");
    }

    [Theory]
    [InlineData("Cors: {AllowOrigin: \"'*'\", AllowCredentials: true}", "Resource with id [MyApi] is invalid. Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set")]
    [InlineData("OpenApiVersion: '1.0'", "Resource with id [MyApi] is invalid. The OpenApiVersion value must be of the format '3.0.0'.")]
    [InlineData("DefinitionUri: not-s3", "Resource with id [MyApi] is invalid. 'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.")]
    [InlineData("Auth: {DefaultAuthorizer: Missing, Authorizers: {A: {FunctionArn: arn}}}", "Resource with id [MyApi] is invalid. Unable to set DefaultAuthorizer because 'Missing' was not defined in 'Authorizers'.")]
    public void Api_mistakes_give_the_reference_error(string property, string expected)
    {
        var template = $$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  {{property}}
            """;
        var result = new SamTransformer().Transform(template);
        result.Success.Should().BeFalse();
        result.ErrorMessage.Should().Contain(expected);
    }

    [Fact]
    public void A_duplicate_method_is_an_event_error()
    {
        var template = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              MyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  CodeUri: s3://bucket/key
                  Events:
                    A:
                      Type: Api
                      Properties: {Path: /x, Method: get}
                    B:
                      Type: Api
                      Properties: {Path: /x, Method: GET}
            """;
        var result = new SamTransformer().Transform(template);
        result.ErrorMessage.Should().Contain("Resource with id [MyFunction] is invalid. Event with id [B] is invalid. API method \"get\" defined multiple times for path \"/x\".");
    }
}
