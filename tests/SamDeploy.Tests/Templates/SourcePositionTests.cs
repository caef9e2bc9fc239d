using SamDeploy.Templates;
using SamDeploy.Templates.Reading;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>Every node carries the line and column it was read from.</summary>
public sealed class SourcePositionTests
{
    /// <summary>Positions of YAML nodes, 1-based.</summary>
    [Fact]
    public void Yaml_nodes_have_positions()
    {
        var t = TemplateReader.Read("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: !Ref H\n", "t.yaml").Template!;
        var type = SourceInfo.GetSpan(t["Resources"]!["Fn"]!["Type"]);
        Assert.NotNull(type);
        Assert.Equal(("t.yaml", 3, 11), (type!.File, type.Line, type.Column));
        var handler = SourceInfo.GetSpan(t["Resources"]!["Fn"]!["Properties"]!["Handler"]!["Ref"]);
        Assert.Equal((5, 16), (handler!.Line, handler.Column));
    }

    /// <summary>Positions of JSON nodes.</summary>
    [Fact]
    public void Json_nodes_have_positions()
    {
        var t = TemplateReader.Read("{\n  \"Resources\": {\n    \"Fn\": {\"Type\": \"X\"}\n  }\n}\n").Template!;
        var span = SourceInfo.GetSpan(t["Resources"]!["Fn"]!["Type"]);
        Assert.NotNull(span);
        Assert.Equal(3, span!.Line);
    }
}
