using System.Text;
using FluentAssertions;
using SamDeploy.Templates.LogicalIds;
using Xunit;

namespace SamDeploy.Tests.LogicalIds;

/// <summary>
/// SamDeploy's own SHA-1: the FIPS 180 example messages, and the platform's SHA-1 (OpenSSL on Linux) as the oracle for
/// every message length around the block and padding boundaries, fed whole and in uneven pieces.
/// </summary>
public class Sha1Tests
{
    [Theory]
    [InlineData("", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("abc", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1")]
    [InlineData("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", "a49b2446a02c645bf419f995b67091253a04a259")]
    public void The_standard_examples_hash_as_published(string message, string expected) =>
        Hex(Digest(Encoding.ASCII.GetBytes(message), pieces: 1)).Should().Be(expected);

    [Fact]
    public void A_million_letters_a_in_pieces_hash_as_published() =>
        Hex(Digest(Encoding.ASCII.GetBytes(new string('a', 1_000_000)), pieces: 7)).Should().Be("34aa973cd4c4daa4f61eeb2bdbad27316534016f");

    [Fact]
    public void Every_length_up_to_three_blocks_matches_the_platform_whole_and_in_pieces()
    {
        var random = new Random(20261202);
        for (var length = 0; length <= 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
#pragma warning disable CA5350 // The platform's SHA-1 is the oracle here.
            var expected = Hex(System.Security.Cryptography.SHA1.HashData(message));
#pragma warning restore CA5350
            foreach (var pieces in new[] { 1, 2, 3, 64 })
            {
                Hex(Digest(message, pieces)).Should().Be(expected, "a {0}-byte message in {1} pieces", length, pieces);
            }
        }
    }

    [Fact]
    public void Finishing_starts_a_new_message()
    {
        var sha = new Sha1();
        sha.Append(Encoding.ASCII.GetBytes("something else"));
        sha.Finish(new byte[20]);
        sha.Append(Encoding.ASCII.GetBytes("abc"));
        var digest = new byte[20];
        sha.Finish(digest);
        Hex(digest).Should().Be("a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    private static byte[] Digest(byte[] message, int pieces)
    {
        var sha = new Sha1();
        var size = Math.Max(1, (message.Length + pieces - 1) / pieces);
        var position = 0;
        for (var piece = 0; position < message.Length; piece++)
        {
            // Uneven pieces (every other one a byte shorter), so they straddle block boundaries at varying offsets.
            var take = Math.Min(message.Length - position, piece % 2 == 1 && size > 1 ? size - 1 : size);
            sha.Append(message.AsSpan(position, take));
            position += take;
        }

        var digest = new byte[20];
        sha.Finish(digest);
        return digest;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
