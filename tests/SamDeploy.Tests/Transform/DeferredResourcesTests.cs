using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins;
using Xunit;

namespace SamDeploy.Tests.Transform;

/// <summary>
/// The output takes the template's plain resources over when the transform succeeds instead of copying them when it
/// starts (<c>DeferredResources</c>). A transformer with a plugin of the caller's copies them as before, so comparing
/// the two shows that taking them over changes nothing: positions, edits by event sources, resources generated under
/// the same logical id, references rewritten inside them, and errors with their positions.
/// </summary>
public sealed class DeferredResourcesTests
{
    private const string Template = """
        Transform: AWS::Serverless-2016-10-31
        Conditions:
          Always: !Equals [a, a]
        Resources:
          FirstQueue:
            Type: AWS::SQS::Queue
            DependsOn: Fn
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: b
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: python3.12
              CodeUri: s3://bucket/key
              AutoPublishAlias: live
              DeploymentPreference:
                Type: Linear10PercentEvery1Minute
                Alarms: [!Ref ErrorsAlarm]
              Events:
                Upload:
                  Type: S3
                  Properties:
                    Bucket: !Ref Bucket
                    Events: s3:ObjectCreated:*
                Get:
                  Type: Api
                  Properties:
                    Path: /
                    Method: get
          ErrorsAlarm:
            Type: AWS::CloudWatch::Alarm
            Condition: Always
            Properties:
              AlarmActions: [!Ref Fn.Alias, !GetAtt Fn.Arn, !Sub "${Fn.Version}-x"]
              Threshold: 1
          ServerlessDeploymentApplication:
            Type: AWS::SNS::Topic
          LastQueue:
            Type: AWS::SQS::Queue
        Outputs:
          Alias:
            Value: !Ref Fn.Alias
        """;

    [Fact]
    public void Taking_plain_resources_over_gives_the_output_copying_gives()
    {
        var taken = new SamTransformer().Transform(Template, "template.yaml");
        var copied = new SamTransformer(plugins: [new RecordingPlugin()]).Transform(Template, "template.yaml");

        taken.Success.Should().BeTrue(string.Join("\n", taken.Diagnostics.Select(d => d.Message)));
        TemplateWriter.WriteJson(taken.Template!).Should().Be(TemplateWriter.WriteJson(copied.Template!));

        var resources = (JObject)taken.Template!["Resources"]!;
        resources.Properties().Select(p => p.Name).Should().StartWith(["FirstQueue", "Bucket", "ErrorsAlarm", "ServerlessDeploymentApplication", "LastQueue"]);
        resources["Bucket"]!["Properties"]!["NotificationConfiguration"].Should().NotBeNull("the S3 event's copy of the bucket replaced the placeholder");
        resources["ServerlessDeploymentApplication"]!["Type"]!.Value<string>().Should().Be("AWS::CodeDeploy::Application", "the generated resource replaced the template's");
        resources["ErrorsAlarm"]!["Properties"]!["AlarmActions"]![0]!["Ref"]!.Value<string>().Should().StartWith("FnAliaslive", "references inside a resource taken over are rewritten");
        resources["FirstQueue"]!["DependsOn"]!.Value<string>().Should().Be("Fn");
    }

    [Fact]
    public void A_failed_transform_reports_what_copying_reports_with_the_same_positions()
    {
        var broken = Template.Replace("Threshold: 1", "Threshold: 1\n      Connectors: 3", StringComparison.Ordinal)
            .Replace("Bucket: !Ref Bucket", "Bucket: !Ref Missing", StringComparison.Ordinal);

        var taken = new SamTransformer().Transform(broken, "template.yaml");
        var copied = new SamTransformer(plugins: [new RecordingPlugin()]).Transform(broken, "template.yaml");

        taken.Success.Should().BeFalse();
        taken.Diagnostics.Select(d => (d.Message, d.Span)).Should().Equal(copied.Diagnostics.Select(d => (d.Message, d.Span)));
    }

    [Fact]
    public void A_resource_an_event_edits_in_place_is_copied_before_the_edit()
    {
        // Without a Type the API is a plain resource, which the HttpApi event naming it still edits in the template
        // (found by the mutation property tests): the output must show it as it was before the edit.
        const string edited = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              OrdersApi:
                Properties:
                  DefinitionBody:
                    openapi: '3.0'
                    paths:
                      $default:
                        x-amazon-apigateway-any-method:
                          isDefaultRoute: true
              GetOrder:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: index.handler
                  Runtime: python3.12
                  CodeUri: s3://bucket/key
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref OrdersApi
                        Path: /orders/{id}
                        Method: get
            """;

        var taken = new SamTransformer().Transform(edited, "template.yaml");
        var copied = new SamTransformer(plugins: [new RecordingPlugin()]).Transform(edited, "template.yaml");

        taken.Success.Should().BeTrue(string.Join("\n", taken.Diagnostics.Select(d => d.Message)));
        TemplateWriter.WriteJson(taken.Template!).Should().Be(TemplateWriter.WriteJson(copied.Template!));
        taken.Template!["Resources"]!["OrdersApi"]!["Properties"]!["DefinitionBody"]!["paths"]!.Should().HaveCount(1);
    }

    [Fact]
    public void The_test_projects_check_that_no_resource_taken_over_changed()
    {
        AppContext.TryGetSwitch(TransformShortcuts.StrictSwitch, out var strict).Should().BeTrue();
        var template = JObject.Parse("""{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}""");
        var resources = (JObject)template["Resources"]!;
        var deferred = DeferredResources.For(resources);
        var output = new JObject();
        deferred.Add(resources.Property("Queue", StringComparison.Ordinal)!, output);

        resources["Queue"]!["DependsOn"] = "Other";

        FluentActions.Invoking(deferred.MoveIntoOutput).Should().Throw<InvalidOperationException>().WithMessage("*Queue*");
    }

    [Fact]
    public void A_failure_after_the_move_gives_the_template_its_resources_back_for_error_positions()
    {
        var template = JObject.Parse("""{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}, "Topic": {"Type": "AWS::SNS::Topic"}}}""");
        var resources = (JObject)template["Resources"]!;
        var queue = resources["Queue"]!;
        var deferred = DeferredResources.For(resources);
        var output = new JObject();
        deferred.Add(resources.Property("Queue", StringComparison.Ordinal)!, output);
        deferred.Add(resources.Property("Topic", StringComparison.Ordinal)!, output);
        output["Topic"] = new JObject { ["Type"] = "Generated" };

        deferred.MoveIntoOutput();
        output["Queue"].Should().BeSameAs(queue);
        resources["Queue"]!.Type.Should().Be(JTokenType.Null);

        deferred.MoveBack();
        resources["Queue"].Should().BeSameAs(queue);
        output["Queue"]!.Type.Should().Be(JTokenType.Null);
        output["Topic"]!["Type"]!.Value<string>().Should().Be("Generated", "a generated resource was never moved");
        resources["Topic"]!["Type"]!.Value<string>().Should().Be("AWS::SNS::Topic");
    }

    [Fact]
    public void A_plugin_of_the_caller_sees_every_plain_resource_in_the_output()
    {
        var plugin = new RecordingPlugin();

        new SamTransformer(plugins: [plugin]).Transform(Template, "template.yaml").Success.Should().BeTrue();

        plugin.OutputTypesAfterResources.Should().Contain(["FirstQueue=AWS::SQS::Queue", "LastQueue=AWS::SQS::Queue", "ErrorsAlarm=AWS::CloudWatch::Alarm"]);
    }

    [Fact]
    public void The_callers_tree_is_left_as_it_was()
    {
        var template = (JObject)SamDeploy.Templates.Reading.TemplateReader.Read(Template, "template.yaml").Template!;
        var before = template.ToString();

        new SamTransformer().Transform(template).Success.Should().BeTrue();

        template.ToString().Should().Be(before);
    }

    /// <summary>A plugin of the caller's, which records the type of every output resource once all are transformed.</summary>
    private sealed class RecordingPlugin : ITemplatePlugin
    {
        public List<string> OutputTypesAfterResources { get; } = [];

        public string Name => "Recording";

        public void BeforeResources(TransformContext context)
        {
        }

        public void AfterResources(TransformContext context)
        {
            foreach (var resource in ((JObject)context.Output["Resources"]!).Properties())
            {
                OutputTypesAfterResources.Add(resource.Name + "=" + (string?)(resource.Value["Type"] as JValue));
            }
        }
    }
}
