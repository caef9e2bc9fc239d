using FluentAssertions;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Globals;

/// <summary>
/// Globals merged into an API, whose properties the reference converts to Python 2.7 maps: the API's own properties
/// move into the merged map (their source positions stay), in the order the reference sets them.
/// </summary>
public class GlobalsApiMergeTests
{
    [Fact]
    public void An_error_on_an_apis_own_property_points_at_it_when_globals_apply()
    {
        var result = new SamTransformer().Transform("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api:
                TracingEnabled: true
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Bogus: 1
            """);

        var diagnostic = result.Diagnostics.Single();
        diagnostic.FullMessage.Should().Be("Resource with id [Api0] is invalid. property Bogus not defined for resource of type AWS::Serverless::Api");
        (diagnostic.Span!.Line, diagnostic.Span.Column).Should().Be((10, 7));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_first_unknown_property_reported_is_the_first_in_the_apis_python_27_order(bool withGlobals)
    {
        // aws-sam-translator 1.110.0 reports E9 either way: it walks the API's converted properties (and, with Globals,
        // the merged map it sets them on) in Python 2.7 order.
        var globals = withGlobals ? "Globals: {Api: {TracingEnabled: true}}" : string.Empty;
        var result = new SamTransformer().Transform($$"""
            Transform: AWS::Serverless-2016-10-31
            {{globals}}
            Resources:
              Api0:
                Type: AWS::Serverless::Api
                Properties: {StageName: prod, E1: 1, E9: 1}
            """);

        result.Diagnostics.Single().FullMessage.Should().Be("Resource with id [Api0] is invalid. property E9 not defined for resource of type AWS::Serverless::Api");
    }
}
