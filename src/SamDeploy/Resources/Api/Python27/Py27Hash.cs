using System.Text;

namespace SamDeploy.Resources.Api.Python27;

/// <summary>
/// Python 2.7's hash of a string (<c>string_hash</c> in CPython 2.7, 64-bit), which decides the iteration order of
/// the dictionaries the reference builds its API definitions with, and so the text its deployment ids hash.
/// </summary>
internal static class Py27Hash
{
    /// <summary>The hash of <paramref name="text"/> as an unsigned 64-bit value (the reference masks it to <c>size_t</c>).</summary>
    public static ulong Of(string text)
    {
        var length = 0;
        ulong x = 0;
        var first = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var ordinal = (ulong)rune.Value;
            if (first)
            {
                x = ordinal << 7;
                first = false;
            }

            x = unchecked((1000003UL * x) ^ ordinal);
            length++;
        }

        if (length == 0)
        {
            return 0;
        }

        return x ^ (ulong)length;
    }
}
