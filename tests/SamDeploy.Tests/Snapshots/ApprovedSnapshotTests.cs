using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Snapshots;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.Cli;
using Xunit;

namespace SamDeploy.Tests.Snapshots;

public class ApprovedSnapshotTests
{
    private static readonly JObject Output = JObject.Parse("{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"TopicName\": \"2010-09-09\"}}}}");

    [Fact]
    public void A_matching_approved_file_passes_whatever_its_formatting()
    {
        using var dir = new TempDirectory();
        var approved = dir.Write("approved.json", "{\"Resources\":{\"T\":{\"Properties\":{\"TopicName\":\"2010-09-09\"},\"Type\":\"AWS::SNS::Topic\"}}}");

        ApprovedSnapshot.Verify(approved, Output);
        ApprovedSnapshot.Compare(approved, Output).AreEqual.Should().BeTrue();
    }

    [Fact]
    public void A_drifted_output_throws_the_report()
    {
        using var dir = new TempDirectory();
        var approved = dir.Write("approved.json", "{\"Resources\": {}}");

        var act = () => ApprovedSnapshot.Verify(approved, Output);

        act.Should().Throw<SnapshotMismatchException>()
            .Where(e => e.Comparison!.Differences.Length == 1)
            .WithMessage("The output differs from '*approved.json' in 1 place (key order and white space are ignored):\n  + Resources.T: not in the approved snapshot (now {*})");
    }

    [Fact]
    public void A_missing_approved_file_throws_and_update_creates_it()
    {
        using var dir = new TempDirectory();
        var approved = dir.Combine("sub/approved.json");

        var act = () => ApprovedSnapshot.Verify(approved, Output);
        act.Should().Throw<SnapshotMismatchException>().WithMessage("The approved file '*' does not exist; approve the output to create it.")
            .Where(e => e.Comparison == null);
        ApprovedSnapshot.Verify(approved, Output, update: true);

        File.ReadAllText(approved).Should().Be(TemplateWriter.Write(Output));
        ApprovedSnapshot.Verify(approved, Output);
    }

    [Fact]
    public void Write_leaves_an_identical_file_alone()
    {
        using var dir = new TempDirectory();
        var approved = dir.Combine("approved.json");

        ApprovedSnapshot.Write(approved, Output).Should().BeTrue();
        ApprovedSnapshot.Write(approved, Output).Should().BeFalse();
    }

    [Fact]
    public void A_yaml_approved_file_is_read_and_written_as_yaml()
    {
        using var dir = new TempDirectory();
        var approved = dir.Combine("approved.yaml");

        ApprovedSnapshot.Verify(approved, Output, update: true);

        File.ReadAllText(approved).Should().Be(TemplateWriter.Write(Output, TemplateFormat.Yaml));
        ApprovedSnapshot.Read(approved).Should().BeEquivalentTo(Output);
        ApprovedSnapshot.Verify(approved, Output);
        ApprovedSnapshot.FormatOf("x.YML").Should().Be(TemplateFormat.Yaml);
        ApprovedSnapshot.FormatOf("x.json").Should().Be(TemplateFormat.Json);
    }

    [Fact]
    public void An_unreadable_approved_file_says_why()
    {
        using var dir = new TempDirectory();
        var approved = dir.Write("approved.json", "[1, 2]");

        var act = () => ApprovedSnapshot.Compare(approved, Output);

        act.Should().Throw<InvalidDataException>().WithMessage("The approved file '*approved.json' cannot be read: *");
        ((Action)(() => ApprovedSnapshot.Read(dir.Combine("none.json")))).Should().Throw<FileNotFoundException>();
    }
}
