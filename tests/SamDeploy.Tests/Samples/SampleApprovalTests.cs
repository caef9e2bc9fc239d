using FluentAssertions;
using SamDeploy.Templates.Writing;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Samples;

/// <summary>
/// Every sample in <c>samples/</c> transforms to exactly its approved output (<c>approved.json</c>, reviewed against the
/// reference transform when it was approved). The samples use the CLI's defaults: region us-east-1, partition aws.
/// </summary>
public class SampleApprovalTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var template in Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, "samples"), "template.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Corpus.RepositoryRoot, Path.GetDirectoryName(template)!).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void There_are_samples() => Samples().Count.Should().BeGreaterThanOrEqualTo(3);

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_transforms_to_its_approved_output(string sample)
    {
        var folder = Path.Combine(Corpus.RepositoryRoot, sample);
        var templatePath = Path.Combine(folder, "template.yaml");
        var result = new SamTransformer().Transform(File.ReadAllText(templatePath), templatePath);

        result.Success.Should().BeTrue(result.ErrorMessage);
        ApprovedFile.Verify(Path.Combine(folder, "approved.json"), TemplateWriter.Write(result.Template!));
    }

    [Fact]
    public void A_sample_whose_output_changed_fails()
    {
        var folder = Directory.CreateTempSubdirectory("samdeploy-approval-");
        try
        {
            var approved = Path.Combine(folder.FullName, "approved.json");
            File.WriteAllText(approved, "{}\n");

            var act = () => ApprovedFile.Verify(approved, "{\"a\": 1}\n");

            act.Should().Throw<Xunit.Sdk.XunitException>().WithMessage("*differs*line 1*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_approved_file_fails()
    {
        var folder = Directory.CreateTempSubdirectory("samdeploy-approval-");
        try
        {
            var act = () => ApprovedFile.Verify(Path.Combine(folder.FullName, "approved.json"), "{}\n");

            act.Should().Throw<Xunit.Sdk.XunitException>().WithMessage("*approved file*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
