using System.Buffers.Binary;
using System.Numerics;

namespace SamDeploy.Templates.LogicalIds;

/// <summary>
/// SHA-1 (FIPS 180-4) in managed code, fed in pieces. The reference hashes logical ids with SHA-1; the platform's
/// implementation on Linux and macOS is OpenSSL's, whose loading and initialisation cost a <c>samdeploy</c> process
/// about a tenth of its run on a small template, while the inputs here are kilobytes (an API definition's text at most
/// a few megabytes). Not a security measure.
/// </summary>
internal sealed class Sha1
{
    private const int BlockSize = 64;

    private readonly byte[] _block = new byte[BlockSize];
    private uint _h0 = 0x67452301, _h1 = 0xEFCDAB89, _h2 = 0x98BADCFE, _h3 = 0x10325476, _h4 = 0xC3D2E1F0;
    private int _buffered;
    private long _length;

    /// <summary>Adds bytes to the message.</summary>
    /// <param name="data">The next bytes.</param>
    public void Append(ReadOnlySpan<byte> data)
    {
        _length += data.Length;
        if (_buffered > 0)
        {
            var take = Math.Min(BlockSize - _buffered, data.Length);
            data[..take].CopyTo(_block.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered < BlockSize)
            {
                return;
            }

            Compress(_block);
            _buffered = 0;
        }

        while (data.Length >= BlockSize)
        {
            Compress(data[..BlockSize]);
            data = data[BlockSize..];
        }

        data.CopyTo(_block);
        _buffered = data.Length;
    }

    /// <summary>Pads the message, writes its 20-byte digest and starts a new message.</summary>
    /// <param name="digest">Receives the digest (at least 20 bytes).</param>
    public void Finish(Span<byte> digest)
    {
        var bitLength = (ulong)_length * 8;
        Span<byte> padding = stackalloc byte[BlockSize + 8];
        padding.Clear();
        padding[0] = 0x80;

        // One 0x80 byte, zeros up to 56 bytes into a block, then the length in bits (big-endian).
        var zeros = (BlockSize + 56 - (_buffered + 1)) % BlockSize;
        BinaryPrimitives.WriteUInt64BigEndian(padding.Slice(1 + zeros, 8), bitLength);
        Append(padding[..(1 + zeros + 8)]);

        BinaryPrimitives.WriteUInt32BigEndian(digest, _h0);
        BinaryPrimitives.WriteUInt32BigEndian(digest[4..], _h1);
        BinaryPrimitives.WriteUInt32BigEndian(digest[8..], _h2);
        BinaryPrimitives.WriteUInt32BigEndian(digest[12..], _h3);
        BinaryPrimitives.WriteUInt32BigEndian(digest[16..], _h4);
        (_h0, _h1, _h2, _h3, _h4) = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0);
        _buffered = 0;
        _length = 0;
    }

    private void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[80];
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
        }

        for (var i = 16; i < 80; i++)
        {
            w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        }

        uint a = _h0, b = _h1, c = _h2, d = _h3, e = _h4;
        for (var i = 0; i < 20; i++)
        {
            var t = BitOperations.RotateLeft(a, 5) + ((b & c) | (~b & d)) + e + 0x5A827999 + w[i];
            (e, d, c, b, a) = (d, c, BitOperations.RotateLeft(b, 30), a, t);
        }

        for (var i = 20; i < 40; i++)
        {
            var t = BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + e + 0x6ED9EBA1 + w[i];
            (e, d, c, b, a) = (d, c, BitOperations.RotateLeft(b, 30), a, t);
        }

        for (var i = 40; i < 60; i++)
        {
            var t = BitOperations.RotateLeft(a, 5) + ((b & c) | (b & d) | (c & d)) + e + 0x8F1BBCDC + w[i];
            (e, d, c, b, a) = (d, c, BitOperations.RotateLeft(b, 30), a, t);
        }

        for (var i = 60; i < 80; i++)
        {
            var t = BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + e + 0xCA62C1D6 + w[i];
            (e, d, c, b, a) = (d, c, BitOperations.RotateLeft(b, 30), a, t);
        }

        _h0 += a;
        _h1 += b;
        _h2 += c;
        _h3 += d;
        _h4 += e;
    }
}
