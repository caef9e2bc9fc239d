using FluentAssertions;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// Which error the reference reports, and how it prints values in it, when a template is converted to its Python 2.7
/// types (it has a REST API, or an HTTP API with a DefaultAuthorizer): the maps it walks iterate in Python 2.7 order
/// and its strings are <c>Py27UniStr</c>. Found by comparing SamDeploy with aws-sam-translator 1.110.0 on generated
/// templates; each expected message is the reference's (its <c>u</c> prefixes left out, as its corpus leaves them out).
/// Each case with a converted template has a twin without the conversion that shows the order that decides it.
/// </summary>
public sealed class ConvertedTemplateErrorTests
{
    private const string Prefix = "Invalid Serverless Application Specification document. Number of errors found: 1. ";

    private const string Function = """
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.h
              CodeUri: s3://b/k.zip
        """;

    private const string RestApi = """
          R:
            Type: AWS::Serverless::Api
            Properties: {StageName: prod}
        """;

    [Fact]
    public void The_implicit_http_api_walks_a_functions_events_in_python_27_order()
    {
        // The implicit API plugins collect a function's events into a Python 2.7 map whether or not the template is
        // converted: Abb comes first there.
        Error(Function, """
                  Events:
                    Aaa: {Type: HttpApi, Properties: {Method: post}}
                    Abb: {Type: HttpApi, Properties: {Method: patch}}
            """).Should().Be(Prefix + "Resource with id [Fn] is invalid. Event with id [Abb] is invalid. Property 'Path' is required.");
    }

    [Theory]
    [InlineData("        DefaultAuthorizer: Lam", "Lam Lambda Authorizer must define 'AuthorizerPayloadFormatVersion'.")]
    [InlineData("", "Jwt OAuth2 Authorizer must define 'IdentitySource'.")]
    public void Http_api_authorizers_are_walked_in_the_order_of_their_map(string defaultAuthorizer, string expected)
    {
        // With a DefaultAuthorizer the template is converted and Lam comes first; without, the map is a plain one.
        Error($$$"""
              MyApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Jwt: {JwtConfiguration: {issuer: https://iss.example.com, audience: [aud1]}}
                      Lam: {FunctionArn: arn:aws:lambda:us-east-1:123:function:f}
            {{{defaultAuthorizer}}}
            """).Should().Be(Prefix + "Resource with id [MyApi] is invalid. " + expected);
    }

    [Fact]
    public void The_api_id_the_implicit_http_api_adds_to_an_event_is_a_python_insert()
    {
        // ApiId joins the event's Python 2.7 map as one more key; rebuilding the map's order from its keys instead
        // put AuthorizationScopes first.
        Error(RestApi, Function, """
                  Events:
                    E: {Type: HttpApi, Properties: {Path: /x, Method: get, AuthorizationScopes: [a], Headers: null}}
            """).Should().Be(Prefix + "Resource with id [FnE] is invalid. property Headers not defined for resource of type HttpApi");
    }

    [Theory]
    [InlineData(true, "{'ApiId': 5, 'Ref': 'param1'}")]
    [InlineData(false, "{'Ref': 'param1', 'ApiId': 5}")]
    public void A_map_in_a_message_prints_in_the_order_python_iterates_it(bool converted, string shown)
    {
        Error(converted ? RestApi : string.Empty, Function, """
                  Events:
                    E1: {Type: {Ref: param1, ApiId: 5}}
            """).Should().Be(Prefix + $"Resource with id [Fn] is invalid. Event with id [E1] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: {shown}.");
    }

    [Theory]
    [InlineData("Ref: param1", "Ref", "Py27UniStr")]
    [InlineData("E1: 99999999999999999999", "E1", "Py27LongInt")]
    public void A_value_of_a_converted_template_has_the_python_type_the_reference_gives_it(string events, string eventId, string typeName)
    {
        Error(RestApi, Function, $$"""
                  Events: { {{events}} }
            """).Should().Be(Prefix + $"Resource with id [Fn] is invalid. Event with id [{eventId}] is invalid. '{typeName}' object has no attribute 'get'");
    }

    [Fact]
    public void A_gateway_response_of_a_converted_template_that_is_a_string_is_a_py27_unistr()
    {
        Error("""
              R:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  GatewayResponses: {DEFAULT_4XX: not-a-map}
            """).Should().Be(Prefix + "Resource with id [R] is invalid. Invalid property type 'Py27UniStr' for GatewayResponses. Expected an object of type 'GatewayResponse'.");
    }

    [Theory]
    [InlineData(true, "{'zeta': 1, 'name': 'bad'} is a Py27Dict")]
    [InlineData(false, "{'name': 'bad', 'zeta': 1} is a dict")]
    public void Open_api_tags_that_are_a_map_print_as_the_reference_prints_them(bool converted, string shown)
    {
        Error(converted ? RestApi : string.Empty, """
              H:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Tags: {team: a}
                  DefinitionBody:
                    openapi: '3.0.1'
                    info: {title: T, version: '1'}
                    paths: {}
                    tags: {name: bad, zeta: 1}
            """).Should().Be(Prefix + $"Structure of the SAM template is invalid. Tags in OpenApi DefinitionBody needs to be a list. {shown} not a list.");
    }

    [Theory]
    [InlineData(true, "DisableExecuteApiEndpoint")]
    [InlineData(false, "Mode")]
    public void The_first_unsupported_global_api_property_is_the_first_in_python_order(bool converted, string reported)
    {
        // Globals.Api of a template with a REST API is a Python 2.7 map; without one it is walked in template order.
        var message = new SamTransformer().Transform(
            "Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Api:\n    Mode: merge\n    DisableExecuteApiEndpoint: true\nResources:\n"
            + (converted ? RestApi : Function)).ErrorMessage;

        message.Should().StartWith(Prefix + $"'Globals' section is invalid. '{reported}' is not a supported property of 'Api'.");
    }

    [Fact]
    public void A_string_in_a_message_escapes_what_python_3_repr_escapes()
    {
        // Not converted: a plain str, whose repr escapes control characters and unprintable ones such as U+200B.
        Error(Function, """
                  Events:
                    E1: {Type: {Ref: "a\x01b\u200bc"}}
            """).Should().Be(Prefix + @"Resource with id [Fn] is invalid. Event with id [E1] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: {'Ref': 'a\x01b\u200bc'}.");
    }

    /// <summary>The error message of a template with these resources (each part whole lines, indented under Resources).</summary>
    private static string? Error(params string[] resources) =>
        new SamTransformer().Transform("Transform: AWS::Serverless-2016-10-31\nResources:\n" + string.Join('\n', resources)).ErrorMessage;
}
