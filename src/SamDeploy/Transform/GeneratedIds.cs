using Newtonsoft.Json.Linq;

namespace SamDeploy.Transform;

/// <summary>
/// Whether a generated resource may take a logical id the template already declares: only where the reference
/// allows it (a Lambda function replacing its SAM function, an S3 bucket an S3 event updates, ...).
/// </summary>
internal static class GeneratedIds
{
    private static readonly Dictionary<string, string[]> ReplaceableBy = new(StringComparer.Ordinal)
    {
        ["AWS::Lambda::Function"] = ["AWS::Serverless::Function"],
        ["AWS::Lambda::LayerVersion"] = ["AWS::Serverless::LayerVersion"],
        ["AWS::Lambda::CapacityProvider"] = ["AWS::Serverless::CapacityProvider"],
        ["AWS::ApiGateway::RestApi"] = ["AWS::Serverless::Api"],
        ["AWS::ApiGatewayV2::Api"] = ["AWS::Serverless::HttpApi", "AWS::Serverless::WebSocketApi"],
        ["AWS::S3::Bucket"] = ["AWS::S3::Bucket"],
        ["AWS::SNS::Topic"] = ["AWS::SNS::Topic"],
        ["AWS::DynamoDB::Table"] = ["AWS::Serverless::SimpleTable"],
        ["AWS::CloudFormation::Stack"] = ["AWS::Serverless::Application"],
        ["AWS::Cognito::UserPool"] = ["AWS::Cognito::UserPool"],
        ["AWS::ApiGateway::DomainName"] = ["AWS::ApiGateway::DomainName"],
        ["AWS::ApiGateway::BasePathMapping"] = ["AWS::ApiGateway::BasePathMapping"],
        ["AWS::ApiGateway::DomainNameV2"] = ["AWS::ApiGateway::DomainNameV2"],
        ["AWS::ApiGateway::BasePathMappingV2"] = ["AWS::ApiGateway::BasePathMappingV2"],
        ["AWS::StepFunctions::StateMachine"] = ["AWS::Serverless::StateMachine"],
        ["AWS::AppSync::GraphQLApi"] = ["AWS::Serverless::GraphQLApi"],
    };

    public static bool MayReplace(JObject declared, string logicalId, string? generatedType)
    {
        if (declared[logicalId] is not JObject existing)
        {
            return true;
        }

        var existingType = existing["Type"] is JValue { Type: JTokenType.String } t ? (string?)t : null;
        return generatedType is not null && existingType is not null
            && ReplaceableBy.TryGetValue(generatedType, out var allowed)
            && allowed.Contains(existingType, StringComparer.Ordinal);
    }
}
