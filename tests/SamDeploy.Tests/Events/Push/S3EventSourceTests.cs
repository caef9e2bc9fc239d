using FluentAssertions;
using Xunit;

namespace SamDeploy.Tests.Events.Push;

public class S3EventSourceTests
{
    private static string WithBucket(string events, string bucket = "Bucket:\n  Type: AWS::S3::Bucket", string functionExtras = "") =>
        PushHarness.Template(events, bucket, functionExtras);

    [Fact]
    public void The_bucket_gets_a_notification_per_event_type_and_depends_on_the_permission()
    {
        var resources = PushHarness.Resources(WithBucket("""
            Upload:
              Type: S3
              Properties:
                Bucket: !Ref Bucket
                Events: [s3:ObjectCreated:*, s3:ObjectRemoved:*]
                Filter: {S3Key: {Rules: [{Name: suffix, Value: .jpg}]}}
            """));

        resources["FnUploadPermission"].ShouldBeJson("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"},
             "Principal": "s3.amazonaws.com", "SourceAccount": {"Ref": "AWS::AccountId"}}}
            """);
        resources["Bucket"].ShouldBeJson("""
            {"Type": "AWS::S3::Bucket", "DependsOn": ["FnUploadPermission"], "Properties": {"NotificationConfiguration": {"LambdaConfigurations": [
              {"Function": {"Fn::GetAtt": ["Fn", "Arn"]}, "Filter": {"S3Key": {"Rules": [{"Name": "suffix", "Value": ".jpg"}]}}, "Event": "s3:ObjectCreated:*"},
              {"Function": {"Fn::GetAtt": ["Fn", "Arn"]}, "Filter": {"S3Key": {"Rules": [{"Name": "suffix", "Value": ".jpg"}]}}, "Event": "s3:ObjectRemoved:*"}]}}}
            """);
    }

    [Fact]
    public void Two_events_on_one_bucket_add_up_and_keep_an_existing_DependsOn()
    {
        var resources = PushHarness.Resources(WithBucket(
            """
            One:
              Type: S3
              Properties: {Bucket: !Ref Bucket, Events: s3:ObjectCreated:*}
            Two:
              Type: S3
              Properties: {Bucket: !Ref Bucket, Events: s3:ObjectRemoved:*}
            """,
            "Bucket:\n  Type: AWS::S3::Bucket\n  DependsOn: Other\nOther:\n  Type: AWS::SNS::Topic"));

        resources["Bucket"]!["DependsOn"].ShouldBeJson("""["Other", "FnOnePermission", "FnTwoPermission"]""");
        resources["Bucket"]!["Properties"]!["NotificationConfiguration"]!["LambdaConfigurations"].Should().HaveCount(2);
    }

    [Fact]
    public void A_conditional_function_orders_the_bucket_with_a_conditional_tag()
    {
        var resources = PushHarness.Resources("""
            Transform: AWS::Serverless-2016-10-31
            Conditions:
              C: !Equals [a, a]
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Condition: C
                Properties:
                  InlineCode: x
                  Handler: index.handler
                  Runtime: python3.12
                  Events:
                    Upload:
                      Type: S3
                      Properties: {Bucket: !Ref Bucket, Events: s3:ObjectCreated:*}
              Bucket:
                Type: AWS::S3::Bucket
            """);

        resources["Bucket"].ShouldBeJson("""
            {"Type": "AWS::S3::Bucket", "Properties": {
              "NotificationConfiguration": {"LambdaConfigurations": [
                {"Fn::If": ["C", {"Function": {"Fn::GetAtt": ["Fn", "Arn"]}, "Event": "s3:ObjectCreated:*"}, {"Ref": "AWS::NoValue"}]}]},
              "Tags": [{"Key": "sam:ConditionalDependsOn:FnUploadPermission", "Value": {"Fn::If": ["C", {"Ref": "FnUploadPermission"}, "no dependency"]}}]}}
            """);
    }

    [Theory]
    [InlineData("Bucket: !Ref Elsewhere", "Resource with id [Fn] is invalid. Event with id [Upload] is invalid. S3 events must reference an S3 bucket in the same template.")]
    [InlineData("Bucket: bucket-name", "Resource with id [Fn] is invalid. Event with id [Upload] is invalid. S3 events must reference an S3 bucket in the same template.")]
    [InlineData("Bucket: {Ref: [Bucket]}", "Resource with id [Fn] is invalid. Event with id [Upload] is invalid. 'Ref' value in S3 events is not a valid string.")]
    public void The_bucket_must_be_a_ref_to_a_template_resource(string bucket, string message) =>
        PushHarness.Error(WithBucket($$"""
            Upload:
              Type: S3
              Properties: {{{bucket}}, Events: s3:ObjectCreated:*}
            """)).Should().Be(message);

    [Theory]
    [InlineData("Properties: x", "Resource with id [Bucket] is invalid. Properties should be a map.")]
    [InlineData("Properties: {NotificationConfiguration: x}", "Resource with id [Bucket] is invalid. Property 'NotificationConfiguration' should be a map.")]
    [InlineData("Properties: {NotificationConfiguration: {LambdaConfigurations: x}}", "Resource with id [Bucket] is invalid. Invalid type for LambdaConfigurations. Must be a list.")]
    [InlineData("Properties: {Unknown: x}", "Resource with id [Bucket] is invalid. property Unknown not defined for resource of type AWS::S3::Bucket")]
    [InlineData("DependsOn: 5", "Resource with id [FnUpload] is invalid. Invalid type for field 'DependsOn'. Expected a string or list of strings.")]
    [InlineData("DependsOn: [{A: B}]", "Resource with id [FnUpload] is invalid. Invalid type for field 'DependsOn'. Expected a string or list of strings.")]
    public void A_bucket_SAM_cannot_extend_is_reported(string bucketLine, string message) =>
        PushHarness.Error(WithBucket(
            """
            Upload:
              Type: S3
              Properties: {Bucket: !Ref Bucket, Events: s3:ObjectCreated:*}
            """,
            "Bucket:\n  Type: AWS::S3::Bucket\n  " + bucketLine)).Should().Be(message);

    [Fact]
    public void A_ref_to_another_resource_type_is_reported_on_that_resource() =>
        PushHarness.Error(WithBucket(
            """
            Upload:
              Type: S3
              Properties: {Bucket: !Ref Bucket, Events: s3:ObjectCreated:*}
            """,
            "Bucket:\n  Type: AWS::SNS::Topic")).Should().Be("Resource with id [Bucket] is invalid. Resource has incorrect Type; expected 'AWS::S3::Bucket', got 'AWS::SNS::Topic'");

    [Fact]
    public void Events_must_be_a_string_or_a_list_of_strings() =>
        PushHarness.Error(WithBucket("""
            Upload:
              Type: S3
              Properties: {Bucket: !Ref Bucket, Events: {Ref: X}}
            """)).Should().Be("Resource with id [FnUpload] is invalid. Type of property 'Events' is invalid.");
}
