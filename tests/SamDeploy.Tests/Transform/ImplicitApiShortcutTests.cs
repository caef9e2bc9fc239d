using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform.Plugins.ImplicitApi;
using Xunit;

namespace SamDeploy.Tests.Transform;

/// <summary>
/// The implicit-API plugins skip building an API they would only remove again; these pin down when they may skip,
/// since everything else they do (conditions, Condition checks, editing managed definitions) must still happen.
/// </summary>
public sealed class ImplicitApiShortcutTests
{
    private const string Function = """{"Type": "AWS::Serverless::Function", "Properties": {"Handler": "h", "Runtime": "python3.12", "CodeUri": "s3://b/k"}}""";

    [Fact]
    public void Functions_without_events_of_the_type_leave_nothing_to_do()
    {
        var resources = Resources(("Fn", Function), ("Queue", """{"Type": "AWS::SQS::Queue"}"""));
        ((JObject)resources["Fn"]!["Properties"]!)["Events"] = JObject.Parse("""{"Q": {"Type": "SQS", "Properties": {"Queue": "arn"}}, "H": {"Type": "HttpApi"}}""");

        ImplicitApiSteps.NothingToDo(resources, "ServerlessRestApi", "Api", "AWS::Serverless::Api").Should().BeTrue();
        ImplicitApiSteps.NothingToDo(resources, "ServerlessHttpApi", "HttpApi", "AWS::Serverless::HttpApi").Should().BeFalse("the function has an HttpApi event");
    }

    [Fact]
    public void An_event_of_the_type_means_work()
    {
        var resources = Resources(("Fn", Function));
        ((JObject)resources["Fn"]!["Properties"]!)["Events"] = JObject.Parse("""{"Get": {"Type": "Api", "Properties": {"Path": "/", "Method": "get"}}}""");

        ImplicitApiSteps.NothingToDo(resources, "ServerlessRestApi", "Api", "AWS::Serverless::Api").Should().BeFalse();
    }

    [Fact]
    public void A_resource_with_the_implicit_id_means_work()
    {
        var resources = Resources(("Fn", Function), ("ServerlessRestApi", """{"Type": "AWS::Serverless::Api", "Properties": {"StageName": "x"}}"""));

        ImplicitApiSteps.NothingToDo(resources, "ServerlessRestApi", "Api", "AWS::Serverless::Api").Should().BeFalse();
    }

    [Fact]
    public void A_non_string_condition_anywhere_means_work_so_the_plugin_reports_it()
    {
        var resources = Resources(("Fn", Function), ("Queue", """{"Type": "AWS::SQS::Queue", "Condition": {"Ref": "X"}}"""));

        ImplicitApiSteps.NothingToDo(resources, "ServerlessRestApi", "Api", "AWS::Serverless::Api").Should().BeFalse();
    }

    [Fact]
    public void An_api_whose_definition_the_transform_manages_means_work()
    {
        var resources = Resources(("MyApi", """{"Type": "AWS::Serverless::Api", "Properties": {"StageName": "x", "__MANAGE_SWAGGER": true}}"""));

        ImplicitApiSteps.NothingToDo(resources, "ServerlessRestApi", "Api", "AWS::Serverless::Api").Should().BeFalse();
        ImplicitApiSteps.NothingToDo(resources, "ServerlessHttpApi", "HttpApi", "AWS::Serverless::HttpApi").Should().BeTrue("a REST API is not the HTTP plugin's business");
    }

    private static JObject Resources(params (string Id, string Json)[] resources)
    {
        var map = new JObject();
        foreach (var (id, json) in resources)
        {
            map[id] = JObject.Parse(json);
        }

        return map;
    }
}
