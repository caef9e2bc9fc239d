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
/// A tree the transform reads from YAML itself is not walked for this: the reader asks <see cref="HasPropertyRun"/> of
/// each scalar value as it makes it (<see cref="Templates.Reading.ReadResult.MayNameReferences"/>), while the text is
/// at hand, which the walk over a freshly read 100-function template paid for in cache misses (3% of its transform).
/// </remarks>
internal static class RecordedReferenceScan
{
    /// <summary>The lengths of the referable properties' names, as bits: most runs of a template's text (words of a description, parts of an ARN) are turned away by their length without a comparison.</summary>
    private static readonly ulong NameLengths = LengthBits();

    /// <summary>
    /// The first letters of the referable properties' names, as bits from 'A' (all are ASCII letters): a run that does
    /// not start with one is skipped without measuring it. Bits, not <c>SearchValues</c>: its generic search is not
    /// precompiled, and compiling it cost a short run of the tool more than it saved (the start-up test counts that).
    /// </summary>
    private static readonly ulong FirstLetters = FirstLetterBits();

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

    private static ulong FirstLetterBits()
    {
        var bits = 0UL;
        foreach (var name in ResourceReferences.ReferableProperties)
        {
            bits |= 1UL << (name[0] - 'A');
        }

        return bits;
    }

    private static bool IsFirstLetter(char c) => (uint)(c - 'A') < 64 && (FirstLetters & (1UL << (c - 'A'))) != 0;

    private static ulong LengthBits()
    {
        var bits = 0UL;
        foreach (var name in ResourceReferences.ReferableProperties)
        {
            if (name.Length is 0 or >= 64 || !char.IsAsciiLetter(name[0]))
            {
                throw new InvalidOperationException("Internal error: a referable property's name must be 1-63 characters from an ASCII letter: " + name);
            }

            bits |= 1UL << name.Length;
        }

        return bits;
    }

    private static bool IsReferableProperty(ReadOnlySpan<char> run)
    {
        if (run.Length >= 64 || (NameLengths & (1UL << run.Length)) == 0)
        {
            return false;
        }

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

            if (IsFirstLetter(text[start]) && IsReferableProperty(text.AsSpan(start, end - start)))
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
