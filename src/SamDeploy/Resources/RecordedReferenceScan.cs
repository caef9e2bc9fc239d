using System.Buffers;
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

    /// <summary>The first letters of the referable properties' names: a string without one at the start of a run has no such run, and finding them is one vectorized search.</summary>
    private static readonly SearchValues<char> FirstLetters = FirstLetterValues();

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

    private static SearchValues<char> FirstLetterValues()
    {
        var letters = new HashSet<char>();
        foreach (var name in ResourceReferences.ReferableProperties)
        {
            letters.Add(name[0]);
        }

        return SearchValues.Create([.. letters]);
    }

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
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var found = span[offset..].IndexOfAny(FirstLetters);
            if (found < 0)
            {
                return false;
            }

            // The letter found starts a run unless a letter or digit comes before it; either way the run it is in
            // ends where the letters and digits do, and the search goes on after it.
            var start = offset + found;
            var end = start + 1;
            while (end < span.Length && char.IsAsciiLetterOrDigit(span[end]))
            {
                end++;
            }

            if ((start == 0 || !char.IsAsciiLetterOrDigit(span[start - 1])) && IsReferableProperty(span[start..end]))
            {
                return true;
            }

            offset = end;
        }

        return false;
    }
}
