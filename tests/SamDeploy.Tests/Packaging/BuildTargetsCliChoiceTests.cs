using FluentAssertions;
using SamDeploy.Tests.TestData;
using Xunit;

namespace SamDeploy.Tests.Packaging;

/// <summary>
/// Which samdeploy the MSBuild package's targets run: the copy precompiled for the SDK's platform when the package
/// carries one, else the portable copy, and whatever the project sets in <c>SamDeployCliPath</c>. Evaluates a project
/// that imports the package's props and targets from a package-shaped temporary folder (evaluation only, no build),
/// so every branch is covered here; the packaging end-to-end test covers the real package on this machine's platform.
/// </summary>
public sealed class BuildTargetsCliChoiceTests : IDisposable
{
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("samdeploy-targets-");

    public BuildTargetsCliChoiceTests()
    {
        var build = Directory.CreateDirectory(Path.Combine(_package.FullName, "build")).FullName;
        foreach (var file in new[] { "SamDeploy.Build.props", "SamDeploy.Build.targets" })
        {
            File.Copy(Path.Combine(Corpus.RepositoryRoot, "src", "SamDeploy.Build", "build", file), Path.Combine(build, file));
        }

        Directory.CreateDirectory(Path.Combine(_package.FullName, "tools", "samdeploy"));
        File.WriteAllText(Path.Combine(_package.FullName, "tools", "samdeploy", "SamDeploy.Cli.dll"), string.Empty);
        Directory.CreateDirectory(Path.Combine(_package.FullName, "tools", "samdeploy-linux-x64"));
        File.WriteAllText(Path.Combine(_package.FullName, "tools", "samdeploy-linux-x64", "SamDeploy.Cli.dll"), string.Empty);
    }

    [Fact]
    public void The_copy_for_the_sdks_platform_is_chosen_when_the_package_carries_it()
    {
        CliPath(sdkPlatform: "linux-x64").Should().Be(Tool("samdeploy-linux-x64"));
    }

    [Fact]
    public void A_distribution_built_sdk_finds_its_copy_by_the_portable_platform_name()
    {
        CliPath(sdkPlatform: "fedora.41-x64", portableSdkPlatform: "linux-x64").Should().Be(Tool("samdeploy-linux-x64"));
    }

    [Fact]
    public void Any_other_platform_runs_the_portable_copy()
    {
        CliPath(sdkPlatform: "linux-musl-x64").Should().Be(Tool("samdeploy"));
        CliPath(sdkPlatform: "freebsd-x64").Should().Be(Tool("samdeploy"));
        CliPath(sdkPlatform: "win-arm64").Should().Be(Tool("samdeploy"));
        CliPath(sdkPlatform: string.Empty).Should().Be(Tool("samdeploy"));
    }

    [Fact]
    public void A_dotnet_host_that_may_not_be_the_sdks_runs_the_portable_copy()
    {
        // Without DOTNET_HOST_PATH the targets run whatever dotnet is on PATH, whose platform the SDK's does not tell;
        // a precompiled copy for another platform would not load at all.
        CliPath(sdkPlatform: "linux-x64", hostKnown: false).Should().Be(Tool("samdeploy"));
    }

    [Fact]
    public void A_path_the_project_sets_wins()
    {
        var own = Path.Combine(_package.FullName, "mine", "SamDeploy.Cli.dll");
        CliPath(sdkPlatform: "linux-x64", projectSets: own).Should().Be(own);
    }

    public void Dispose() => _package.Delete(recursive: true);

    private string Tool(string folder) => Path.Combine(_package.FullName, "tools", folder, "SamDeploy.Cli.dll");

    /// <summary>
    /// SamDeployCliPath after evaluating a project that imports the package as NuGet does (props first, targets after
    /// the project body), with the SDK's platform properties and the dotnet host's path given on the command line.
    /// </summary>
    private string CliPath(string sdkPlatform, string portableSdkPlatform = "", bool hostKnown = true, string? projectSets = null)
    {
        var project = Path.Combine(_package.FullName, "consumer.proj");
        File.WriteAllText(project, $"""
            <Project>
              <Import Project="build/SamDeploy.Build.props" />
              <PropertyGroup>
                <SamDeployCliPath>{projectSets}</SamDeployCliPath>
              </PropertyGroup>
              <Import Project="build/SamDeploy.Build.targets" />
            </Project>
            """);
        var result = DotnetCommand.Run(
            DotnetCommand.Host,
            [
                "msbuild", project, "-getProperty:SamDeployCliPath", "-nologo", "-nodeReuse:false",
                "-p:NETCoreSdkRuntimeIdentifier=" + sdkPlatform,
                "-p:NETCoreSdkPortableRuntimeIdentifier=" + portableSdkPlatform,
                "-p:DOTNET_HOST_PATH=" + (hostKnown ? DotnetCommand.Host : string.Empty),
            ],
            _package.FullName);
        result.ExitCode.Should().Be(0, result.Output);
        return result.Output.Trim();
    }
}
