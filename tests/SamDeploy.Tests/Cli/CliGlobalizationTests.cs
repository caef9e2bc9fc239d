using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Tests.Packaging;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Cli;

/// <summary>
/// The <c>samdeploy</c> tool runs in .NET's globalization-invariant mode (no ICU, a start-up saving), while the library
/// it is built on runs wherever its users run it, with ICU and in any culture. The tool built beside the tests, started
/// as its own process with its own runtime settings, must write the same bytes as the same command line run in this
/// (ICU) process: every corpus input, its templates and its error messages alike.
/// </summary>
public sealed class CliGlobalizationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "SamDeploy.Cli.dll");

    // The console encodes standard output and error in the locale's character set; the child's are read as UTF-8.
    private static Dictionary<string, string> Utf8Locale => new(StringComparer.Ordinal) { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" };

    [Fact]
    public void The_tool_is_configured_to_run_without_ICU()
    {
        var config = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SamDeploy.Cli.runtimeconfig.json")));
        config.SelectToken("runtimeOptions.configProperties['System.Globalization.Invariant']")?.Value<bool?>()
            .Should().Be(true, "the tool's start-up leaves ICU out");
        System.Globalization.CultureInfo.GetCultureInfo("tr-TR").Name.Should().Be("tr-TR", "this test process runs with ICU, the library's usual setting");
    }

    [CorpusFact]
    public void The_tool_without_ICU_writes_what_the_library_writes_with_ICU_for_every_corpus_input()
    {
        // AlwaysDeploy: true hashes the time of the run into the deployment's id.
        var files = Corpus.InputFiles().Where(f => !File.ReadAllText(f).Contains("AlwaysDeploy", StringComparison.Ordinal)).ToList();
        string[] settings = ["--region", "ap-southeast-1", "--parameter", "param1=value1", "--parameter", "param2=value2"];
        var child = _temp.Combine("child");
        var here = _temp.Combine("here");

        // The templates go in a response file: some 800 paths are more than a Windows command line holds.
        var templates = _temp.Write("templates.rsp", string.Join('\n', files.Select(f => "\"" + f + "\"")));
        var process = DotnetCommand.Run(DotnetCommand.Host, [Cli, "transform", "@" + templates, "--output-dir", child, .. settings], _temp.Path, Utf8Locale, TimeSpan.FromMinutes(5));
        var inProcess = CliRun.Of(["transform", "@" + templates, "--output-dir", here, .. settings]);

        inProcess.ExitCode.Should().Be(1, "the corpus holds error cases");
        process.ExitCode.Should().Be(inProcess.ExitCode);
        Normalize(process.Output, child).Should().Be(Normalize(inProcess.Stdout + inProcess.Stderr, here), "the messages are the same");
        var written = Directory.GetFiles(here).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        written.Should().HaveCountGreaterThan(400, "the corpus's success cases are written");
        Directory.GetFiles(child).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(written);
        foreach (var name in written)
        {
            File.ReadAllText(Path.Combine(child, name!)).Should().Be(File.ReadAllText(Path.Combine(here, name!)), "{0} must be the same bytes", name);
        }
    }

    [Fact]
    public void Python_case_mapping_does_not_depend_on_ICU()
    {
        // Methods are upper- and lower-cased as Python 3.11 does: a long s upper-cases to S (.NET's invariant mode keeps
        // it), and Unicode 16's new capital ram's horn stays (.NET's own tables lower-case it, Python 3.11's do not).
        // The ids and keys are aws-sam-translator 1.110.0's for this template.
        var template = _temp.Write("case.yaml", """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: a.b
                  CodeUri: s3://b/k.zip
                  Events:
                    H:
                      Type: HttpApi
                      Properties:
                        Path: /x
                        Method: "po\u017Ft"
                    A:
                      Type: Api
                      Properties:
                        Path: /y
                        Method: "GET\uA7CB"
            """);

        var process = DotnetCommand.Run(DotnetCommand.Host, [Cli, "transform", template, "--region", "us-east-1"], _temp.Path, Utf8Locale);
        var inProcess = CliRun.Of(["transform", template, "--region", "us-east-1"]);

        process.ExitCode.Should().Be(0, process.Output);
        process.Output.Should().Be(inProcess.Stdout, "the tool without ICU writes what the library writes with it");
        var resources = (JObject)JObject.Parse(inProcess.Stdout)["Resources"]!;
        ((string)resources.SelectToken("FnHPermission.Properties.SourceArn['Fn::Sub'][0]")!).Should().EndWith("/${__Stage__}/POST/x");
        ((JObject)resources.SelectToken("ServerlessRestApi.Properties.Body.paths['/y']")!).Properties().Select(p => p.Name).Should().Equal("get\uA7CB");
        resources.Should().ContainKey("ServerlessRestApiDeploymentd941077e3b");
    }

    // The child's standard output and error come interleaved; the order of the lines is compared, not their streams.
    private static string Normalize(string output, string outputDirectory) =>
        string.Join('\n', output.Replace(outputDirectory, "OUT", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Order(StringComparer.Ordinal));
}
