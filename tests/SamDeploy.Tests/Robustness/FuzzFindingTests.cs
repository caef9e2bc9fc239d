using FluentAssertions;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// Inputs the fuzzer (tests/SamDeploy.Fuzz) found crashing the library, kept as regressions: the raw inputs in
/// tests/SamDeploy.Fuzz/regressions, and the minimal form of each finding with the diagnostic it now gives.
/// </summary>
public sealed class FuzzFindingTests
{
    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Fuzz", "regressions")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Saved_fuzz_finding_ends_in_a_template_or_diagnostics(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Fuzz", "regressions", name));
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        foreach (var (partition, region) in RobustTransform.Partitions)
        {
            var result = new SamTransformer(RobustTransform.For(partition, region)).Transform(text, name);
            RobustTransform.Violation(result).Should().BeNull();
        }
    }

    [Theory]
    [InlineData("!!int Transform", "The value 'Transform' is tagged !!int but is not of that type.")]
    [InlineData("Key: !!int 12ab", "The value '12ab' is tagged !!int but is not of that type.")]
    [InlineData("Key: !!int ''", "The value '' is tagged !!int but is not of that type.")]
    [InlineData("Key: !!float 0x1F", "The value '0x1F' is tagged !!float but is not of that type.")]
    [InlineData("Key: !!float abc", "The value 'abc' is tagged !!float but is not of that type.")]
    public void A_standard_tag_on_text_of_another_type_is_a_syntax_error_not_a_crash(string text, string message)
    {
        var result = new SamTransformer().Transform(text, "t.yaml");

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("SAM0001");
        diagnostic.Message.Should().Be(message);
        diagnostic.Span.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Key: !!int 0x1F", 31L)]
    [InlineData("Key: !!int -1_000", -1000L)]
    [InlineData("Key: !!float 010", 10.0)]
    [InlineData("Key: !!float 3", 3.0)]
    public void A_standard_tag_on_text_of_its_type_still_reads(string text, object? expected)
    {
        var read = SamDeploy.Templates.Reading.TemplateReader.Read(text);

        if (expected is null)
        {
            read.Success.Should().BeFalse("0o17 is YAML 1.2 octal, which the reference's YAML 1.1 loader does not know");
            return;
        }

        read.Template!["Key"]!.ToObject<object>().Should().Be(expected);
    }
}
