using FluentAssertions;
using SamDeploy.Cli;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary>The console's writers are opened when first written to.</summary>
public sealed class DeferredWriterTests
{
    [Fact]
    public void The_other_writer_is_opened_on_the_first_write_and_receives_everything()
    {
        var opened = 0;
        using var target = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var writer = new DeferredWriter(() =>
        {
            opened++;
            return target;
        });

        writer.Flush();
        opened.Should().Be(0);

        writer.Write('a');
        writer.Write("bc");
        writer.Write(['d', 'e', 'f'], 1, 2);
        writer.Write("gh".AsSpan());
        writer.WriteLine("i");
        writer.WriteLine();
        writer.Flush();

        opened.Should().Be(1);
        target.ToString().Should().Be("abcefgh" + "i" + Environment.NewLine + Environment.NewLine);
    }
}
