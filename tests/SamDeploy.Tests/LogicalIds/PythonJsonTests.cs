using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.LogicalIds;
using Xunit;

namespace SamDeploy.Tests.LogicalIds;

public class PythonJsonTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(1e22, "1e+22")]
    [InlineData(100.0, "100.0")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(3.14, "3.14")]
    public void Floats_print_as_python_repr(double value, string expected) =>
        PythonJson.Dumps(new JValue(value)).Should().Be(expected);

    [Fact]
    public void Keys_are_sorted_separators_compact_and_non_ascii_escaped()
    {
        var value = JObject.Parse("""{"b": [true, null, 2], "a": "ü\n日", "A": {"y": 1, "x": "\""}}""");

        PythonJson.Dumps(value).Should().Be("""{"A":{"x":"\"","y":1},"a":"\u00fc\n\u65e5","b":[true,null,2]}""");
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_escaped_as_surrogate_pairs()
    {
        PythonJson.Dumps(new JValue("😀")).Should().Be("\"\\ud83d\\ude00\"");
    }
}
