using Newtonsoft.Json.Linq;
using SamDeploy.Templates;

namespace SamDeploy.Resources;

/// <summary>
/// Whether a template can name a derived reference (<c>MyFunction.Alias</c>, <c>MyApi.Stage</c>, ...), so that the
/// walk of the whole output that rewrites them (<see cref="ResourceReferences.Resolve"/>) may be left out when it
/// cannot. That walk was a tenth of the 100-function benchmark template's transform; this scan reads the input, a third
/// of the output's size.
/// </summary>
/// <remarks>
/// A rewrite needs a <c>Ref</c>, <c>Fn::GetAtt</c> or <c>Fn::Sub</c> whose text has a property name of
/// <see cref="ResourceReferences.ReferableProperties"/> between dots or the ends of a string (<c>Fn.Alias</c>,
/// <c>[Fn, Alias]</c>, <c>${Fn.Alias}</c>): a run of letters and digits that is exactly such a name. The scan looks for
/// that run in every string of the template and of the parameter values, which is where such text comes from; the
/// transform's own references of that kind (an API domain's <c>MyApi.Stage</c>) are marked with
/// <see cref="ResourceReferences.MarkGeneratedUse"/>. The test projects turn on
/// <see cref="Transform.TransformShortcuts.StrictSwitch"/>, which runs the walk anyway and checks it rewrote nothing.
/// </remarks>
internal static class RecordedReferenceScan
{
    /// <summary>Whether some string in <paramref name="value"/> has a referable property's name as a run of its own.</summary>
    /// <param name="value">A template, or a part of one.</param>
    /// <returns>Whether a rewrite is possible.</returns>
    public static bool MayName(JToken value)
    {
        foreach (var node in new TreeWalk(value))
        {
            if (node.Type == JTokenType.String && HasPropertyRun((string)node!))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReferableProperty(ReadOnlySpan<char> run)
    {
        foreach (var name in ResourceReferences.ReferableProperties)
        {
            if (run.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> has a maximal run of ASCII letters and digits that is a referable property's name.</summary>
    internal static bool HasPropertyRun(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[start]))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (IsReferableProperty(text.AsSpan(start, end - start)))
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
