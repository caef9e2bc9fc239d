using System.IO.Compression;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Snapshots;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Packaging;

/// <summary>
/// The packages as users get them: packs SamDeploy, SamDeploy.Cli and SamDeploy.Build into a temporary folder (with a
/// version unique to the run), installs the tool from there and runs it on a sample, builds the MSBuild sample against
/// the packed SamDeploy.Build (first build, no-op rebuild, an edit and an error), and runs the embedding sample against
/// the packed SamDeploy. Restores use a NuGet.config of the temporary folder and an isolated NUGET_PACKAGES folder, so
/// no cached package can stand in for the one just packed. Nothing is written to the repository but build output in
/// its ignored bin/ and obj/ folders.
/// </summary>
public sealed class PackagingEndToEndTests : IDisposable
{
    private readonly ITestOutputHelper _log;
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("samdeploy-e2e-");
    private readonly string _version = BaseVersion() + "-e2e." + Guid.NewGuid().ToString("N")[..12] + "x";

    public PackagingEndToEndTests(ITestOutputHelper log)
    {
        _log = log;
    }

    private string Feed => Path.Combine(_temp.FullName, "feed");

    private string PackagesFolder => Path.Combine(_temp.FullName, "nuget-packages");

    private Dictionary<string, string> IsolatedNuGet => new(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = PackagesFolder };

    [Fact]
    [Trait("Category", "Packaging")]
    public void Packages_install_build_and_run_from_a_local_folder()
    {
        var changedBefore = ChangedFiles();

        Pack();
        CheckPackageContents();
        WriteNuGetConfig(_temp.FullName);
        InstallAndRunTool();
        BuildMsBuildSample();
        RunEmbeddingSample();

        ChangedFiles().Should().Equal(changedBefore, "the test writes only to its temporary folder and to ignored build output");
    }

    public void Dispose()
    {
        try
        {
            _temp.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A process that has not quite let go of a file; the system's temp cleanup takes it.
        }
    }

    private void Pack()
    {
        // One build for the three projects: a solution of just them, referenced by absolute path.
        var solution = Path.Combine(_temp.FullName, "packages.slnx");
        new XDocument(new XElement("Solution",
            new[] { "SamDeploy", "SamDeploy.Cli", "SamDeploy.Build" }.Select(p =>
                new XElement("Project", new XAttribute("Path", Path.Combine(Corpus.RepositoryRoot, "src", p, p + ".csproj")))))).Save(solution);

        // The repository's own packages folder, not the isolated one, so that the restore does not point the
        // repository's obj/ at packages only this test has. (Packing still restores the tool for its platforms there;
        // the next build restores it back.)
        // The tool's packages for this machine's platform only (and the portable one): each platform's ReadyToRun
        // publish needs that platform's runtime pack, and one is enough to test how they come together.
        // SamDeploy.Build's precompiled copy of the CLI is built in folders of its own: the tool's platform package is
        // built at the same time for the same platform, and in the same folders one build failed on the other's files.
        var cli = Path.Combine(Corpus.RepositoryRoot, "src", "SamDeploy.Cli");
        // The folder name is SamDeployCopyFolderName in Directory.Build.props.
        var copyFolders = new[] { Path.Combine(cli, "obj", "samdeploy-build"), Path.Combine(cli, "bin", "samdeploy-build") };
        foreach (var folder in copyFolders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var normalBuildFiles = new[] { "SamDeploy.Cli", "SamDeploy.Cli.exe", "SamDeploy.Cli.dll" }
            .Select(name => Path.Combine(cli, "bin", Configuration(), "net10.0", name)).Select(file => (file, File.Exists(file))).ToList();

        Dotnet("pack", [solution, "-c", Configuration(), "-o", Feed, "-p:PackageVersion=" + _version, "-p:SamDeployToolRuntimeIdentifiers=" + Rid,
            "-p:NuspecOutputPath=" + Path.Combine(_temp.FullName, "nuspec") + Path.DirectorySeparatorChar, "-nodeReuse:false", "-v:q"]);

        File.Exists(Path.Combine(copyFolders[0], Configuration(), "net10.0", Rid, "SamDeploy.Cli.dll")).Should().BeTrue("SamDeploy.Build's copy is compiled in its own folder");
        File.Exists(Path.Combine(copyFolders[1], Configuration(), "net10.0", Rid, "SamDeploy.Cli.dll")).Should().BeTrue("and built to its own folder");
        File.Exists(Path.Combine(copyFolders[0], Configuration(), "net10.0", "SamDeploy.Cli.dll")).Should().BeTrue("so is its portable copy");
        foreach (var (file, existed) in normalBuildFiles)
        {
            File.Exists(file).Should().Be(existed, "packing leaves the CLI's own build alone ({0})", Path.GetFileName(file));
        }
    }

    private void CheckPackageContents()
    {
        var library = Entries("SamDeploy");
        library.Should().Contain(["lib/net8.0/SamDeploy.dll", "lib/net8.0/SamDeploy.xml", "lib/net10.0/SamDeploy.dll", "lib/net10.0/SamDeploy.xml", "README.md"]);
        var nuspec = Nuspec("SamDeploy");
        Element(nuspec, "license").Should().Be("Apache-2.0");
        Element(nuspec, "readme").Should().Be("README.md");
        Entries("SamDeploy", "snupkg").Should().Contain(["lib/net8.0/SamDeploy.pdb", "lib/net10.0/SamDeploy.pdb"]);

        // The tool: a package that points to one per platform, each a ReadyToRun publish, and to a portable one.
        Entries("SamDeploy.Cli").Should().Contain(["tools/any/any/DotnetToolSettings.xml", "README.md"]).And.NotContain(e => e.EndsWith(".dll", StringComparison.Ordinal));
        Nuspec("SamDeploy.Cli").Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value.Should().Be("DotnetTool");
        ToolPackagesByPlatform().Should().Equal(new Dictionary<string, string> { [Rid] = "SamDeploy.Cli." + Rid, ["any"] = "SamDeploy.Cli.any" });
        Entries("SamDeploy.Cli." + Rid).Should().Contain([$"tools/net10.0/{Rid}/DotnetToolSettings.xml", $"tools/net10.0/{Rid}/SamDeploy.Cli.dll", $"tools/net10.0/{Rid}/SamDeploy.dll"]);
        IsReadyToRun("SamDeploy.Cli." + Rid, $"tools/net10.0/{Rid}/SamDeploy.dll").Should().BeTrue("the platform's package is precompiled");
        IsReadyToRun("SamDeploy.Cli." + Rid, $"tools/net10.0/{Rid}/Newtonsoft.Json.dll").Should().BeTrue("its dependencies too");
        Entries("SamDeploy.Cli.any").Should().Contain(["tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/SamDeploy.Cli.dll", "tools/net10.0/any/SamDeploy.dll"]);
        IsReadyToRun("SamDeploy.Cli.any", "tools/net10.0/any/SamDeploy.dll").Should().BeFalse("the portable package runs anywhere");

        // The MSBuild package: the portable CLI, and a precompiled copy per platform that the targets prefer.
        Entries("SamDeploy.Build").Should().Contain(["build/SamDeploy.Build.props", "build/SamDeploy.Build.targets", "tools/samdeploy/SamDeploy.Cli.dll", "tools/samdeploy/SamDeploy.dll", "tools/samdeploy/SamDeploy.Cli.runtimeconfig.json"])
            .And.Contain([$"tools/samdeploy-{Rid}/SamDeploy.Cli.dll", $"tools/samdeploy-{Rid}/SamDeploy.dll", $"tools/samdeploy-{Rid}/SamDeploy.Cli.runtimeconfig.json"]);
        IsReadyToRun("SamDeploy.Build", $"tools/samdeploy-{Rid}/SamDeploy.dll").Should().BeTrue("the platform's copy is precompiled");
        IsReadyToRun("SamDeploy.Build", $"tools/samdeploy-{Rid}/YamlDotNet.dll").Should().BeTrue("its dependencies too");
        IsReadyToRun("SamDeploy.Build", "tools/samdeploy/SamDeploy.dll").Should().BeFalse("the portable copy runs anywhere");
        var build = Nuspec("SamDeploy.Build");
        Element(build, "developmentDependency").Should().Be("true");
        build.Descendants().Where(e => e.Name.LocalName == "dependency").Should().BeEmpty("the CLI and its libraries are inside the package");
    }

    private void InstallAndRunTool()
    {
        var tools = Path.Combine(_temp.FullName, "tools");
        Dotnet("tool", ["install", "--tool-path", tools, "--add-source", Feed, "SamDeploy.Cli", "--version", _version], _temp.FullName, IsolatedNuGet);
        var samdeploy = Path.Combine(tools, OperatingSystem.IsWindows() ? "samdeploy.exe" : "samdeploy");
        Directory.GetDirectories(Path.Combine(tools, ".store", "samdeploy.cli", _version)).Select(Path.GetFileName)
            .Should().Contain("samdeploy.cli." + Rid.ToLowerInvariant(), "the install takes this platform's precompiled package");
        var sample = Path.Combine(Corpus.RepositoryRoot, "samples", "canary-with-hooks");

        var transform = Run(samdeploy, ["transform", Path.Combine(sample, "template.yaml")]);
        var check = Run(samdeploy, ["transform", Path.Combine(sample, "template.yaml"), "--check", Path.Combine(sample, "approved.json")]);
        var help = Run(samdeploy, ["--help"]);

        transform.Output.Should().Be(File.ReadAllText(Path.Combine(sample, "approved.json")));
        check.Output.Should().Contain("the output matches");
        help.Output.Should().Contain("transform").And.Contain("Examples:");

        // Start-up: the platform's package is precompiled, so a run JIT-compiles only generic code that no ReadyToRun
        // image can hold (README, Performance: 45 methods, from System.CommandLine, YamlDotNet's stacks and the
        // immutable collections of TransformOptions). A budget with some room, so that new code of that kind (a list
        // of value tuples, LINQ into a list of an enum) is noticed, not found later in a profile.
        var jitLog = Path.Combine(_temp.FullName, "jit.txt");
        var logged = DotnetCommand.Run(samdeploy, ["transform", Path.Combine(sample, "template.yaml")], _temp.FullName,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_JitStdOutFile"] = jitLog, ["DOTNET_JitDisasmSummary"] = "1" });
        logged.ExitCode.Should().Be(0, logged.Output);
        // First compilations only ("Tier0", or "Instrumented Tier0"): a slow machine may also recompile hot precompiled
        // methods at tier 1 in the background, which is not what the budget is about.
        var compiled = File.ReadAllLines(jitLog).Where(line => line.Contains("JIT compiled ", StringComparison.Ordinal) && line.Contains("Tier0,", StringComparison.Ordinal)).ToList();
        compiled.Should().NotBeEmpty("the runtime writes what it compiles to DOTNET_JitStdOutFile");
        compiled.Should().NotContain(line => line.Contains("JIT compiled SamDeploy", StringComparison.Ordinal), "SamDeploy's own methods are precompiled");
        compiled.Count.Should().BeLessThanOrEqualTo(JitBudget, "a small run compiles little; it compiled:\n{0}", string.Join('\n', compiled));
    }

    private void BuildMsBuildSample()
    {
        var project = CopySample("msbuild-integration");
        var output = Path.Combine(project, "bin", "Debug", "net10.0");
        var orders = Path.Combine(output, "orders.json");
        var reports = Path.Combine(output, "reports.yaml");

        // First build: both templates are transformed, with each item's settings.
        var first = Build(project, expectSuccess: true);
        first.Should().Contain("SamDeploy: ");
        var jobs = Path.Combine(project, "obj", "Debug", "net10.0", "samdeploy.jobs");
        File.ReadAllLines(jobs).Should().HaveCount(2, "both templates go to one samdeploy process, a line each");
        first.Split('\n').Where(line => line.Contains("\" batch \"", StringComparison.Ordinal)).Should().ContainSingle("one process transforms both")
            .Which.Should().Contain(Path.Combine("tools", "samdeploy-" + Rid, "SamDeploy.Cli.dll"), "the build runs the copy precompiled for this platform");
        File.ReadAllText(orders).Should().Be(Transform(Path.Combine(project, "templates", "orders.yaml"), new TransformOptions { Region = "eu-west-1" }, TemplateFormat.Json));
        SnapshotComparer.Compare(
            ApprovedSnapshot.Read(reports),
            JObject.Parse(Transform(Path.Combine(project, "templates", "reports.yaml"), new TransformOptions { Region = "us-west-2", ParameterValues = System.Collections.Immutable.ImmutableDictionary<string, JToken>.Empty.Add("Stage", "prod") }, TemplateFormat.Json)))
            .Describe().Should().Be("The output matches the approved snapshot.");
        File.ReadAllText(reports).Should().StartWith("AWSTemplateFormatVersion: ", "the item asks for YAML");
        var ordersWritten = File.GetLastWriteTimeUtc(orders);
        var reportsWritten = File.GetLastWriteTimeUtc(reports);

        // Nothing changed: the target is skipped and no output is rewritten.
        var second = Build(project, expectSuccess: true);
        second.Should().Contain("Skipping target \"SamDeployTransform\" because all output files are up-to-date");
        File.GetLastWriteTimeUtc(orders).Should().Be(ordersWritten);
        File.GetLastWriteTimeUtc(reports).Should().Be(reportsWritten);

        // An error in one template: reported at its file(line,col) as an MSBuild error; the other output is left alone.
        var template = Path.Combine(project, "templates", "orders.yaml");
        var lines = File.ReadAllLines(template).ToList();
        var at = lines.FindIndex(l => l.Contains("Type: Linear10PercentEvery1Minute", StringComparison.Ordinal));
        lines.Insert(at + 1, "        Alarms: not-a-list");
        File.WriteAllLines(template, lines);
        File.SetLastWriteTimeUtc(template, DateTime.UtcNow.AddSeconds(2));
        var broken = Build(project, expectSuccess: false);
        broken.Should().Contain("Building target \"SamDeployTransform\" partially");
        broken.Should().Contain($"{template}({at + 2},17): error SAM0020: Resource with id [OrdersFunction] is invalid. Alarms must be a list");
        broken.Should().NotContain("MSB3073", "the CLI's own error lines are the errors");
        File.ReadAllLines(jobs).Should().ContainSingle("only the edited template is out of date").Which.Should().Contain("orders.yaml");
        File.GetLastWriteTimeUtc(reports).Should().Be(reportsWritten);
    }

    private void RunEmbeddingSample()
    {
        var project = CopySample("embedding");
        var run = Dotnet("run", ["--project", project, "-p:SamDeployVersion=" + _version, "-nodeReuse:false", "--", "orders", "billing"], project, IsolatedNuGet);
        var template = JObject.Parse(run.Output[run.Output.IndexOf('{', StringComparison.Ordinal)..]);
        template["Resources"]!["OrdersFunctionAliaslive"]!["Type"]!.Value<string>().Should().Be("AWS::Lambda::Alias");
        template["Resources"]!["BillingFunctionDeploymentGroup"]!["Type"]!.Value<string>().Should().Be("AWS::CodeDeploy::DeploymentGroup");
        Directory.GetDirectories(PackagesFolder).Select(Path.GetFileName).Should().Contain("samdeploy", "the library came from the packed package");
    }

    private string Build(string project, bool expectSuccess)
    {
        var result = DotnetCommand.Run(DotnetCommand.Host, ["build", project, "-p:SamDeployVersion=" + _version, "-nodeReuse:false", "-v:n"], project, IsolatedNuGet);
        _log.WriteLine($"dotnet build {Path.GetFileName(project)}: {result.Elapsed.TotalSeconds:F1} s, exit code {result.ExitCode}");
        (result.ExitCode == 0).Should().Be(expectSuccess, result.Output);
        return result.Output;
    }

    private DotnetCommand.Result Dotnet(string command, string[] arguments, string? workingDirectory = null, Dictionary<string, string>? environment = null)
    {
        var result = DotnetCommand.Run(DotnetCommand.Host, [command, .. arguments], workingDirectory ?? _temp.FullName, environment);
        _log.WriteLine($"dotnet {command}: {result.Elapsed.TotalSeconds:F1} s");
        result.ExitCode.Should().Be(0, $"dotnet {command} {string.Join(' ', arguments)} failed:\n{result.Output}");
        return result;
    }

    private DotnetCommand.Result Run(string program, string[] arguments)
    {
        var result = DotnetCommand.Run(program, arguments, _temp.FullName);
        result.ExitCode.Should().Be(0, result.Output);
        return result;
    }

    /// <summary>Copies a sample without its build output, with the temporary NuGet.config beside it.</summary>
    private string CopySample(string name)
    {
        var source = Path.Combine(Corpus.RepositoryRoot, "samples", name);
        var target = Path.Combine(_temp.FullName, name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj" || string.Equals(Path.GetFileName(file), "nuget.config", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        WriteNuGetConfig(target);
        return target;
    }

    /// <summary>
    /// The packed feed first, the public registry for anything else, and the machine's package folder as a fallback so
    /// that the samples' other dependencies need no download. The run's version is unique, so no cached SamDeploy matches.
    /// </summary>
    private void WriteNuGetConfig(string directory)
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var config = new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "samdeploy-e2e"), new XAttribute("value", Feed)),
                new XElement("add", new XAttribute("key", "nuget.org"), new XAttribute("value", "https://api.nuget.org/v3/index.json"))));
        if (Directory.Exists(globalPackages))
        {
            config.Add(new XElement("fallbackPackageFolders", new XElement("add", new XAttribute("key", "machine"), new XAttribute("value", globalPackages))));
        }

        new XDocument(config).Save(Path.Combine(directory, "NuGet.config"));
    }

    private List<string> Entries(string id, string extension = "nupkg")
    {
        using var archive = ZipFile.OpenRead(Path.Combine(Feed, $"{id}.{_version}.{extension}"));
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>The platform packages the tool's own package points to, by runtime identifier.</summary>
    private Dictionary<string, string> ToolPackagesByPlatform()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(Feed, $"SamDeploy.Cli.{_version}.nupkg"));
        using var stream = archive.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
            .ToDictionary(e => e.Attribute("RuntimeIdentifier")!.Value, e => e.Attribute("Id")!.Value, StringComparer.Ordinal);
    }

    /// <summary>Whether an assembly in a package carries ReadyToRun code (a managed native header).</summary>
    private bool IsReadyToRun(string id, string entry)
    {
        using var archive = ZipFile.OpenRead(Path.Combine(Feed, $"{id}.{_version}.nupkg"));
        using var stream = archive.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var pe = new PEReader(copy);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private XDocument Nuspec(string id)
    {
        using var archive = ZipFile.OpenRead(Path.Combine(Feed, $"{id}.{_version}.nupkg"));
        using var stream = archive.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static string? Element(XDocument nuspec, string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string Transform(string path, TransformOptions options, TemplateFormat format)
    {
        var result = new SamTransformer(options).Transform(File.ReadAllText(path), path);
        result.Success.Should().BeTrue(result.ErrorMessage);
        return TemplateWriter.Write(result.Template!, format);
    }

    /// <summary>Changed and untracked files under src/ and samples/ (ignored build output aside), or empty outside a git checkout.</summary>
    private static List<string> ChangedFiles()
    {
        try
        {
            var result = DotnetCommand.Run("git", ["status", "--porcelain", "--untracked-files=all", "--", "src", "samples"], Corpus.RepositoryRoot, timeout: TimeSpan.FromMinutes(1));
            return result.ExitCode == 0 ? [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)] : [];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return []; // no git
        }
    }

    /// <summary>How many methods one small run of the precompiled tool may JIT-compile (45 when this was set).</summary>
    private const int JitBudget = 55;

    /// <summary>This machine's platform, as .NET names it (linux-x64, osx-arm64, win-x64, ...).</summary>
    private static string Rid => RuntimeInformation.RuntimeIdentifier;

    private static string Configuration() =>
        typeof(PackagingEndToEndTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string BaseVersion()
    {
        var informational = typeof(SamTransformer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        return informational.Split('+', '-')[0];
    }
}
