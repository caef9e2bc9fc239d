using System.Diagnostics;
using FluentAssertions;
using SamDeploy.Tests.Cli;
using Xunit;

namespace SamDeploy.Tests.Insights;

/// <summary>The three-function sample's SVG, rendered by headless Chromium: the screenshot must show a real chart.</summary>
public class RolloutSvgBrowserTests
{
    [ChromiumFact]
    public void Chromium_renders_the_chart()
    {
        Chromium.Path.Should().NotBeNull("CI installs Chromium in .ci/run before the tests");
        using var directory = new TempDirectory();
        var svg = directory.Write("rollout.svg", RolloutSvgTests.SampleSvg());
        var png = directory.Combine("rollout.png");
        var profile = Directory.CreateDirectory(directory.Combine("profile")).FullName;

        var start = new ProcessStartInfo(Chromium.Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=940,460", new Uri(svg).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using (var chromium = Process.Start(start)!)
        {
            var stdout = chromium.StandardOutput.ReadToEndAsync();
            var stderr = chromium.StandardError.ReadToEndAsync();
            if (!chromium.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                chromium.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish the screenshot in 90 seconds.");
            }

            File.Exists(png).Should().BeTrue("Chromium should write the screenshot; it said: " + stdout.Result + stderr.Result);
        }

        var image = PngPixels.Read(File.ReadAllBytes(png));
        image.Width.Should().Be(940);
        image.Height.Should().Be(460);
        var colours = image.Pixels.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        colours.Should().HaveCountGreaterThan(20, "a chart has text, grid, axes and coloured lines");
        var white = colours.GetValueOrDefault(0xFFFFFFu);
        white.Should().BeGreaterThan(image.Pixels.Length / 2, "the background is white");
        white.Should().BeLessThan(image.Pixels.Length * 98 / 100, "something is drawn on it");

        // The three line colours (Okabe-Ito blue, vermillion, green) are on screen.
        foreach (var colour in new uint[] { 0x0072B2, 0xD55E00, 0x009E73 })
        {
            colours.GetValueOrDefault(colour).Should().BeGreaterThan(100, "the line in #{0:X6} should be drawn", colour);
        }
    }
}
