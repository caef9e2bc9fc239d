using System.Text;

namespace SamDeploy.Templates.LogicalIds;

/// <summary>
/// The SHA-1 of the UTF-8 bytes of a text given in pieces (such as a StringBuilder's chunks), as lower-case hex. The
/// text is encoded a few kilobytes at a time: an API definition's text can be megabytes, and one array of its bytes
/// would land on the large-object heap, where each allocation brings a full collection nearer. A surrogate pair split
/// between two pieces is encoded as one character. The hash is SamDeploy's own (<see cref="Sha1"/>), not the platform's.
/// </summary>
internal sealed class Utf8Sha1
{
    private readonly Sha1 _sha = new();
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();

    /// <summary>Adds the next piece of the text.</summary>
    public void Append(ReadOnlySpan<char> chars)
    {
        Span<byte> buffer = stackalloc byte[4096];
        while (!chars.IsEmpty)
        {
            // Not flushed between pieces, so that a pair cut in two stays one character.
            _encoder.Convert(chars, buffer, flush: false, out var used, out var written, out _);
            _sha.Append(buffer[..written]);
            chars = chars[used..];
        }
    }

    /// <summary>The hash of the text so far, as 40 lower-case hex digits (written out here rather than by <c>Convert.ToHexString</c>, whose vector code is compiled at run time on every start).</summary>
    public string HexDigest()
    {
        Span<byte> buffer = stackalloc byte[16];
        _encoder.Convert(ReadOnlySpan<char>.Empty, buffer, flush: true, out _, out var last, out _);
        _sha.Append(buffer[..last]);
        Span<byte> hash = stackalloc byte[20];
        _sha.Finish(hash);
        Span<char> hex = stackalloc char[40];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigit(hash[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(hash[i] & 0xF);
        }

        return new string(hex);
    }

    private static char HexDigit(int n) => (char)(n <= 9 ? '0' + n : 'a' + (n - 10));
}
