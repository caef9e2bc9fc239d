using Newtonsoft.Json.Linq;
using Xunit;
using static SamDeploy.Tests.Templates.ReadHelper;

namespace SamDeploy.Tests.Templates;

/// <summary>CloudFormation's short-form tags become their long form, as the reference's YAML loader builds them.</summary>
public sealed class ShortFormTagTests
{
    /// <summary>Every short-form tag, on the kind of node it usually takes.</summary>
    [Theory]
    [InlineData("!Ref MyBucket", "{\"Ref\":\"MyBucket\"}")]
    [InlineData("!Sub 'arn:${AWS::Partition}:s3:::${B}'", "{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::${B}\"}")]
    [InlineData("!Sub [\"${A}-x\", {A: !Ref B}]", "{\"Fn::Sub\":[\"${A}-x\",{\"A\":{\"Ref\":\"B\"}}]}")]
    [InlineData("!GetAtt Fn.Arn", "{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]}")]
    [InlineData("!GetAtt [Fn, Arn]", "{\"Fn::GetAtt\":[\"Fn\",\"Arn\"]}")]
    [InlineData("!Join [',', [a, b]]", "{\"Fn::Join\":[\",\",[\"a\",\"b\"]]}")]
    [InlineData("!Select [0, !GetAZs '']", "{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}")]
    [InlineData("!Split [',', 'a,b']", "{\"Fn::Split\":[\",\",\"a,b\"]}")]
    [InlineData("!If [IsProd, 1, !Ref AWS::NoValue]", "{\"Fn::If\":[\"IsProd\",1,{\"Ref\":\"AWS::NoValue\"}]}")]
    [InlineData("!Equals [!Ref Env, prod]", "{\"Fn::Equals\":[{\"Ref\":\"Env\"},\"prod\"]}")]
    [InlineData("!And [!Condition A, !Condition B]", "{\"Fn::And\":[{\"Condition\":\"A\"},{\"Condition\":\"B\"}]}")]
    [InlineData("!Or [!Condition A, !Condition B]", "{\"Fn::Or\":[{\"Condition\":\"A\"},{\"Condition\":\"B\"}]}")]
    [InlineData("!Not [!Condition A]", "{\"Fn::Not\":[{\"Condition\":\"A\"}]}")]
    [InlineData("!FindInMap [Map, !Ref AWS::Region, Key]", "{\"Fn::FindInMap\":[\"Map\",{\"Ref\":\"AWS::Region\"},\"Key\"]}")]
    [InlineData("!Base64 hello", "{\"Fn::Base64\":\"hello\"}")]
    [InlineData("!Cidr [10.0.0.0/16, 6, 5]", "{\"Fn::Cidr\":[\"10.0.0.0/16\",6,5]}")]
    [InlineData("!ImportValue SharedVpc", "{\"Fn::ImportValue\":\"SharedVpc\"}")]
    [InlineData("!GetAZs us-east-1", "{\"Fn::GetAZs\":\"us-east-1\"}")]
    [InlineData("!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}", "{\"Fn::Transform\":{\"Name\":\"AWS::Include\",\"Parameters\":{\"Location\":\"s3://b/k\"}}}")]
    [InlineData("!Condition IsProd", "{\"Condition\":\"IsProd\"}")]
    [InlineData("!Foo bar", "{\"Fn::Foo\":\"bar\"}")]
    public void Short_form_becomes_long_form(string yaml, string expected) =>
        Assert.Equal(expected, Json(Read("V: " + yaml + "\n")["V"]));

    /// <summary><c>!GetAtt A.B.C</c> splits at the first dot only, as <c>str.split(".", 1)</c> does.</summary>
    [Fact]
    public void GetAtt_splits_at_the_first_dot() =>
        Assert.Equal("{\"Fn::GetAtt\":[\"A\",\"B.C\"]}", Json(Read("V: !GetAtt A.B.C\n")["V"]));

    /// <summary>A tagged scalar is never typed: <c>!Ref 10</c> holds the string "10", as construct_scalar gives.</summary>
    [Fact]
    public void Tagged_scalars_stay_strings()
    {
        var value = Read("V: !Ref 10\n")["V"]!["Ref"]!;
        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal("10", (string?)value);
    }

    /// <summary>The short form and the long form give the same tree.</summary>
    [Fact]
    public void Short_and_long_forms_are_the_same_tree() =>
        Assert.True(JToken.DeepEquals(Read("A: !Ref X\nB: !GetAtt Y.Z\n"), Read("A: {Ref: X}\nB: {'Fn::GetAtt': [Y, Z]}\n")));
}
