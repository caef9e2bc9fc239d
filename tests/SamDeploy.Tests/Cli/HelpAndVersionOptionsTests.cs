using FluentAssertions;
using SamDeploy.Cli;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary>
/// The help and version options are built only when an argument may name them
/// (<see cref="SamDeployRootCommand.MayAskForHelpOrVersion"/>): arguments that cannot must parse exactly as with them.
/// </summary>
public sealed class HelpAndVersionOptionsTests
{
    private static readonly string[] Tokens =
    [
        "transform", "batch", "explain", "lint", "diff", "bench", "t.yaml", "/tmp/hooks.yaml", "/home/h.yaml", "-",
        "-o", "--output", "out.json", "--output-dir", "--format", "yaml", "json", "--region", "us-east-1", "--partition",
        "aws", "--parameter", "K=V", "--strict", "--iterations", "3", "--json", "--check", "--update", "--nope", "-x",
        "-o=a.json", "--region:eu-west-1", "--", "transfrom", "-v", "/x", "/o",
    ];

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("/h")]
    [InlineData("/?")]
    [InlineData("/h:x")]
    [InlineData("--version")]
    [InlineData("--help=x")]
    [InlineData("-oh")]
    [InlineData("@args.rsp")]
    public void An_argument_that_may_name_help_or_version_asks_for_both(string arg) =>
        SamDeploy.Cli.SamDeployRootCommand.MayAskForHelpOrVersion(["transform", arg]).Should().BeTrue();

    [Fact]
    public void Arguments_that_name_neither_parse_the_same_without_the_options()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 3_000; i++)
        {
            var args = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Tokens[random.Next(Tokens.Length)]).ToArray();
            SamDeployRootCommand.MayAskForHelpOrVersion(args).Should().BeFalse("no token names help or version: {0}", string.Join(' ', args));
            Parse(args, withHelpAndVersion: false).Should().Be(Parse(args, withHelpAndVersion: true), "'{0}' parses the same", string.Join(' ', args));
        }
    }

    [Fact]
    public void Without_the_options_help_would_not_parse()
    {
        // The equivalence above is only worth something if leaving the options out changes the parse of a token that names them.
        Parse(["--help"], withHelpAndVersion: false).Should().NotBe(Parse(["--help"], withHelpAndVersion: true));
        Parse(["--version"], withHelpAndVersion: false).Should().NotBe(Parse(["--version"], withHelpAndVersion: true));
    }

    private static string Parse(string[] args, bool withHelpAndVersion)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var environment = new InMemoryCliEnvironment(stdout, stderr, new Dictionary<string, string?>());
        var result = new SamDeployRootCommand(environment, withHelpAndVersion).Parse(args);
        return string.Join(
            "\n",
            [
                "command: " + result.CommandResult.Command.Name,
                "action: " + result.Action?.GetType().Name,
                "tokens: " + string.Join(' ', result.Tokens.Select(t => t.Type + ":" + t.Value)),
                "unmatched: " + string.Join(' ', result.UnmatchedTokens),
                .. result.Errors.Select(e => "error: " + e.Message),
            ]);
    }
}
