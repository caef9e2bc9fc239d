using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using Xunit;

namespace SamDeploy.Tests.Templates;

public class TemplateReaderSmokeTests
{
    [Fact]
    public void Short_form_tags_become_long_form()
    {
        var result = TemplateReader.Read("A: !Ref B\nC: !GetAtt D.E.F\nV: 2010-09-09\nN: 10\nY: yes\n");
        result.Success.Should().BeTrue();
        var t = result.Template!;
        JToken.DeepEquals(t["A"], JObject.Parse("{\"Ref\":\"B\"}")).Should().BeTrue();
        t["C"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("{\"Fn::GetAtt\":[\"D\",\"E.F\"]}");
        t["V"]!.Type.Should().Be(JTokenType.String);
        t["N"]!.Type.Should().Be(JTokenType.Integer);
        t["Y"]!.Type.Should().Be(JTokenType.Boolean);
    }
}
