using FluentAssertions;
using SamDeploy.Templates.Reading;
using Xunit;
using YamlDotNet.Core.Events;

namespace SamDeploy.Tests.Templates;

public sealed class ParsingEventLogTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(2048)]
    [InlineData(2049)]
    [InlineData(10_000)]
    public void Events_come_back_in_the_order_they_were_added(int count)
    {
        var events = Enumerable.Range(0, count).Select(i => (ParsingEvent)new Scalar(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var log = new ParsingEventLog();
        events.ForEach(log.Add);

        log.Count.Should().Be(count);
        Enumerable.Range(0, count).Select(i => log[i]).Should().Equal(events, (a, b) => ReferenceEquals(a, b));
        var outOfRange = () => log[count];
        outOfRange.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_large_template_reads_as_a_small_one_does()
    {
        var functions = string.Concat(Enumerable.Range(0, 800).Select(i => $"  F{i}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h{i}\n      Tags: {{a: b, c: [1, 2, 3]}}\n"));
        var template = TemplateReader.Read("Resources:\n" + functions, "big.yaml").Template!;

        template["Resources"]!.Children().Should().HaveCount(800);
        ((string?)template["Resources"]!["F799"]!["Properties"]!["Handler"]).Should().Be("h799");
    }
}
