using Newtonsoft.Json.Linq;
using Xunit;
using static SamDeploy.Tests.Templates.ReadHelper;

namespace SamDeploy.Tests.Templates;

/// <summary>Plain scalars get the YAML 1.1 types PyYAML's SafeLoader gives them; timestamps stay strings.</summary>
public sealed class YamlScalarTests
{
    /// <summary>A plain scalar's type and value, written as compact JSON.</summary>
    [Theory]
    [InlineData("2010-09-09", "\"2010-09-09\"")]
    [InlineData("2001-12-14t21:59:43.10-05:00", "\"2001-12-14t21:59:43.10-05:00\"")]
    [InlineData("10", "10")]
    [InlineData("-7", "-7")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e5", "\"1e5\"")]
    [InlineData("yes", "true")]
    [InlineData("true", "true")]
    [InlineData("on", "true")]
    [InlineData("No", "false")]
    [InlineData("off", "false")]
    [InlineData("~", "null")]
    [InlineData("null", "null")]
    [InlineData("'10'", "\"10\"")]
    [InlineData("\"true\"", "\"true\"")]
    [InlineData("0x1F", "31")]
    [InlineData("017", "15")]
    [InlineData("0b101", "5")]
    [InlineData("1_000", "1000")]
    [InlineData("1:30", "90")]
    [InlineData("!!str 10", "\"10\"")]
    [InlineData("y", "\"y\"")]
    [InlineData("hello world", "\"hello world\"")]
    public void Plain_scalars_resolve_as_yaml_1_1(string yaml, string expected) =>
        Assert.Equal(expected, Json(Read("V: " + yaml + "\n")["V"]));

    /// <summary>An empty value is null.</summary>
    [Fact]
    public void Empty_value_is_null() => Assert.Equal(JTokenType.Null, Read("V:\nW: 1\n")["V"]!.Type);

    /// <summary>The kinds of the common scalars, not only their text.</summary>
    [Fact]
    public void Scalar_kinds()
    {
        var t = Read("S: 2010-09-09\nI: 10\nF: 1.5\nB: yes\nN: ~\nQ: '10'\nH: 0x1F\n");
        Assert.Equal(JTokenType.String, t["S"]!.Type);
        Assert.Equal(JTokenType.Integer, t["I"]!.Type);
        Assert.Equal(JTokenType.Float, t["F"]!.Type);
        Assert.Equal(JTokenType.Boolean, t["B"]!.Type);
        Assert.Equal(JTokenType.Null, t["N"]!.Type);
        Assert.Equal(JTokenType.String, t["Q"]!.Type);
        Assert.Equal(31L, (long)t["H"]!);
        Assert.Equal(double.PositiveInfinity, (double)Read("V: .inf\n")["V"]!);
    }
}
