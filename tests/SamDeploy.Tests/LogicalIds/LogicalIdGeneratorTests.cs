using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.LogicalIds;
using Xunit;

namespace SamDeploy.Tests.LogicalIds;

/// <summary>
/// Pins the reference's logical-id hashing. Expected hashes were computed with Python's
/// <c>hashlib.sha1(json.dumps(data, separators=(",", ":"), sort_keys=True).encode()).hexdigest()[:10]</c>.
/// </summary>
public class LogicalIdGeneratorTests
{
    [Fact]
    public void The_hash_is_the_first_ten_hex_digits_of_the_sha1_of_canonical_json() =>
        LogicalIdGenerator.Generate("MinimalFunctionVersion", JObject.Parse("""{"S3Bucket": "sam-demo-bucket", "S3Key": "hello.zip"}"""))
            .Should().Be("MinimalFunctionVersion640128d35d");

    [Fact]
    public void Key_order_does_not_change_the_hash() =>
        LogicalIdGenerator.Hash(JObject.Parse("""{"S3Key": "hello.zip", "S3Bucket": "sam-demo-bucket"}""")).Should().Be("640128d35d");

    [Fact]
    public void Non_ascii_text_is_hashed_in_its_escaped_form() =>
        LogicalIdGenerator.Hash(JObject.Parse("""{"S3Bucket": "bücket-日本", "S3Key": "clé/código.zip"}""")).Should().Be("fa993a13c3");

    [Fact]
    public void Empty_data_adds_no_hash() =>
        LogicalIdGenerator.Generate("FnVersion", new JObject()).Should().Be("FnVersion");

    [Fact]
    public void A_string_is_hashed_as_it_is_not_as_json() =>
        LogicalIdGenerator.Hash(new JValue("abc")).Should().Be(LogicalIdGenerator.Sha1Hex("abc")[..10]);

    [Fact]
    public void Sha1_of_a_known_text() =>
        LogicalIdGenerator.Sha1Hex("abc").Should().Be("a9993e364706816aba3e25717850c26c9cd0d89d");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Text_in_chunks_hashes_as_its_utf8_bytes_do(int length)
    {
        // Multi-byte characters, surrogate pairs (also cut in half by the chunk boundaries) and a lone surrogate.
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (i % 7) switch { 0 => "é", 1 => "😀", 2 => "日", 3 => "\uD800", _ => "a" }));
        var expected = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

        LogicalIdGenerator.Sha1Hex(text).Should().Be(expected);
        // A builder of capacity 2 ends its first chunk inside the first surrogate pair; later chunks end wherever.
        var chunked = new StringBuilder(2).Append(text);
        if (length >= 2)
        {
            var first = chunked.GetChunks().GetEnumerator();
            first.MoveNext().Should().BeTrue();
            char.IsHighSurrogate(first.Current.Span[^1]).Should().BeTrue("the test needs a chunk boundary inside a surrogate pair");
        }

        LogicalIdGenerator.Sha1Hex(chunked).Should().Be(expected, "a chunk boundary inside a surrogate pair must not change the bytes");
    }

    [Fact]
    public void A_precomputed_hash_is_cut_to_ten_characters() =>
        LogicalIdGenerator.Generate("FnVersion", JObject.Parse("""{"a": 1}"""), "0123456789abcdef").Should().Be("FnVersion0123456789");
}
