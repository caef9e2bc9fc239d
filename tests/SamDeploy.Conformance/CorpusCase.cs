using System.Collections.Immutable;

namespace SamDeploy.Conformance;

/// <summary>One case of the corpus: <c>input/NAME.yaml</c> and its expected output.</summary>
/// <param name="Name">The case name, the input file name without <c>.yaml</c>.</param>
/// <param name="IsError">Whether the transform must fail (an <c>error_</c> case).</param>
/// <param name="Tiers">The tiers the case belongs to, in <c>tiers.json</c> order.</param>
internal sealed record CorpusCase(string Name, bool IsError, ImmutableArray<string> Tiers);
