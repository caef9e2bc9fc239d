using CsCheck;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Transform;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// Property tests over mutated real templates (dropped, duplicated, retyped and renamed properties, scalars turned into
/// maps and lists, intrinsics where values are expected, unicode, huge strings). CsCheck shrinks a failing case to its
/// fewest mutations. Run longer with <c>SAMDEPLOY_PROPERTY_ITERATIONS=20000</c>.
/// </summary>
public sealed class MutationPropertyTests(ITestOutputHelper output)
{
    private const string Path = "mutated.yaml";
    private static readonly SamTransformer Transformer = new(RobustTransform.For("aws", "us-east-1"));

    [Fact]
    public void Mutated_templates_end_in_a_template_or_placed_diagnostics_and_the_same_bytes_twice()
    {
        var tried = 0;
        MutationCases.Case.Sample(
            (seed, mutations, yaml) =>
            {
                Interlocked.Increment(ref tried);
                var text = MutationCases.Text(MutationCases.Mutant(seed, mutations), yaml);
                var first = Transformer.Transform(text, Path);
                var second = Transformer.Transform(text, Path);

                RobustTransform.Violation(first).Should().BeNull();
                RobustTransform.Fingerprint(second).Should().Be(RobustTransform.Fingerprint(first), "the same text must give the same bytes");
                foreach (var diagnostic in first.Diagnostics)
                {
                    diagnostic.Span.Should().NotBeNull("every diagnostic of a template read from text has a position: {0}", diagnostic);
                    diagnostic.Span!.File.Should().Be(Path);
                    (diagnostic.SubjectId is not null || diagnostic.Kind is DiagnosticKind.Syntax or DiagnosticKind.Template or DiagnosticKind.Globals or DiagnosticKind.Limit)
                        .Should().BeTrue("a diagnostic names its resource or is about the whole document: {0}", diagnostic);
                }
            },
            iter: MutationCases.Iterations,
            print: MutationCases.Describe);

        output.WriteLine($"{tried} mutated templates tried from {MutationCases.Seeds.Count} seeds.");
    }

    [Fact]
    public void Mutated_templates_lose_nothing_the_transform_does_not_own_and_their_input_tree_is_left_alone()
    {
        var tried = 0;
        var transformed = 0;
        MutationCases.TransformingCase.Sample(
            (seed, mutations, _) =>
            {
                Interlocked.Increment(ref tried);
                var input = MutationCases.Mutant(seed, mutations);
                var before = input.DeepClone();

                var result = Transformer.Transform(input);

                JToken.DeepEquals(before, input).Should().BeTrue("the caller's tree must not change");
                if (result.Template is { } template)
                {
                    Interlocked.Increment(ref transformed);
                    DataLossCheck.Losses(input, template).Should().BeEmpty();
                }
            },
            iter: MutationCases.Iterations,
            print: MutationCases.Describe);

        output.WriteLine($"{tried} mutated templates tried, {transformed} transformed and checked for lost data.");
    }
}
