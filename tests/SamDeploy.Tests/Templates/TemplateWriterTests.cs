using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>The writer's output reads back to the same tree, whatever the strings look like.</summary>
public sealed class TemplateWriterTests
{
    /// <summary>Strings that a YAML 1.1 reader could take for something else stay strings, as keys and as values.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("1.5")]
    [InlineData("0x1F")]
    [InlineData("1_000")]
    [InlineData("1:30")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("on")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("2010-09-09")]
    [InlineData(".inf")]
    [InlineData("<<")]
    [InlineData("=")]
    [InlineData("!Ref X")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("- item")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("#comment")]
    [InlineData(" leading and trailing ")]
    [InlineData("line 1\nline 2\n")]
    [InlineData("tab\there")]
    [InlineData("quote \" and ' and \\")]
    [InlineData("control \u0001 \u007f")]
    [InlineData("Grüße 日本語 🎉")]
    [InlineData("${AWS::Region}")]
    [InlineData("arn:aws:s3:::bucket/*")]
    [InlineData("{not: json}")]
    [InlineData("[1, 2]")]
    [InlineData("%TAG")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("?")]
    [InlineData("|")]
    [InlineData(">")]
    public void Strings_round_trip(string text)
    {
        var tree = new JObject { ["Value"] = text, [text.Length == 0 ? "empty-key-sibling" : text] = "key" };
        foreach (var format in new[] { TemplateFormat.Json, TemplateFormat.Yaml })
        {
            var written = TemplateWriter.Write(tree, format);
            var read = TemplateReader.Read(written);
            Assert.True(read.Success, format + ": " + string.Join("; ", read.Diagnostics) + "\n" + written);
            Assert.Null(TreeComparison.FirstDifference(tree, read.Template!));
        }
    }

    /// <summary>Numbers, booleans, nulls and empty collections keep their kinds.</summary>
    [Fact]
    public void Scalars_and_empty_collections_round_trip()
    {
        var tree = JObject.Parse("{\"I\": 10, \"N\": -3, \"F\": 1.0, \"G\": 2.5e-7, \"B\": true, \"Z\": null, \"L\": [], \"M\": {}, \"Big\": 12345678901234567890}");
        foreach (var format in new[] { TemplateFormat.Json, TemplateFormat.Yaml })
        {
            var read = TemplateReader.Read(TemplateWriter.Write(tree, format));
            Assert.True(read.Success);
            Assert.Null(TreeComparison.FirstDifference(tree, read.Template!));
        }
    }

    /// <summary>The same tree always gives the same text.</summary>
    [Fact]
    public void Output_is_deterministic()
    {
        var tree = JObject.Parse("{\"B\": [1, {\"x\": \"y\"}], \"A\": {\"Ref\": \"C\"}}");
        Assert.Equal(TemplateWriter.Write(tree, TemplateFormat.Yaml), TemplateWriter.Write(tree.DeepClone(), TemplateFormat.Yaml));
        Assert.EndsWith("\n", TemplateWriter.Write(tree), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplateFormat.Json)]
    [InlineData(TemplateFormat.Yaml)]
    public void Writing_to_a_writer_gives_the_text_Write_returns_with_n_line_ends(TemplateFormat format)
    {
        var template = JObject.Parse("""{"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "x", "Tags": [{"Key": "k", "Value": "v"}]}}}}""");
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        TemplateWriter.Write(template, output, format);

        output.ToString().Should().Be(TemplateWriter.Write(template, format)).And.NotContain("\r").And.EndWith("\n");
        output.NewLine.Should().Be("\r\n", "the caller's writer is left as it was");
    }
}
