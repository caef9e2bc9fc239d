using Newtonsoft.Json.Linq;

namespace SamDeploy.Templates.LogicalIds;

/// <summary>
/// Makes the hashed logical ids of the reference transform (for example <c>MyFunctionVersion640128d35d</c>):
/// the prefix, then the first 10 hex digits of the SHA-1 of the data in <see cref="PythonJson"/> form.
/// Logical ids are a compatibility contract: a changed id makes CloudFormation replace the resource.
/// </summary>
public static class LogicalIdGenerator
{
    /// <summary>How many hex digits of the hash a logical id carries.</summary>
    public const int HashLength = 10;

    /// <summary>The logical id for <paramref name="prefix"/> and <paramref name="data"/>.</summary>
    /// <param name="prefix">The start of the id, such as <c>MyFunctionVersion</c>.</param>
    /// <param name="data">The data the id must change with; a string is hashed as it is, anything else as canonical JSON. Empty data adds no hash.</param>
    /// <param name="precomputedHash">A hash supplied by the user (AutoPublishCodeSha256); its first 10 characters are used instead.</param>
    /// <returns>The logical id.</returns>
    public static string Generate(string prefix, JToken? data, string? precomputedHash = null) =>
        prefix + Hash(data, precomputedHash);

    /// <summary>The hash part of a logical id.</summary>
    /// <param name="data">The data.</param>
    /// <param name="precomputedHash">A hash supplied by the user, used instead when not empty.</param>
    /// <param name="length">How many hex digits.</param>
    /// <returns>The hash, or an empty string when there is no data.</returns>
    public static string Hash(JToken? data, string? precomputedHash = null, int length = HashLength) =>
        HashOfText(string.IsNullOrEmpty(precomputedHash) ? Stringify(data) : string.Empty, precomputedHash, length);

    /// <summary>The hash part of a logical id for text already in the form <see cref="Stringify"/> gives.</summary>
    /// <param name="text">The text to hash (empty adds no hash).</param>
    /// <param name="precomputedHash">A hash supplied by the user, used instead when not empty.</param>
    /// <param name="length">How many hex digits.</param>
    /// <returns>The hash, or an empty string when there is no text.</returns>
    internal static string HashOfText(string text, string? precomputedHash, int length = HashLength)
    {
        if (!string.IsNullOrEmpty(precomputedHash))
        {
            return precomputedHash.Length <= length ? precomputedHash : precomputedHash[..length];
        }

        return text.Length == 0 ? string.Empty : Sha1Hex(text)[..length];
    }

    /// <summary>The text the reference hashes for <paramref name="data"/>: empty for empty data, the string itself for a string.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The text.</returns>
    public static string Stringify(JToken? data)
    {
        if (data is null || Transform.Truthiness.IsFalsy(data))
        {
            return string.Empty;
        }

        return data is JValue { Type: JTokenType.String } text ? (string)text! : PythonJson.Dumps(data);
    }

    /// <summary>The SHA-1 of the UTF-8 bytes of <paramref name="text"/>, as lower-case hex.</summary>
    /// <param name="text">The text.</param>
    /// <returns>40 hex digits.</returns>
    public static string Sha1Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sha = new Utf8Sha1();
        sha.Append(text);
        return sha.HexDigest();
    }

    /// <summary>
    /// The SHA-1 of the UTF-8 bytes of the text in <paramref name="text"/>, hashed from its chunks (an API definition's
    /// text can be megabytes; one string of it would land on the large-object heap), as lower-case hex.
    /// </summary>
    internal static string Sha1Hex(System.Text.StringBuilder text)
    {
        var sha = new Utf8Sha1();
        foreach (var chunk in text.GetChunks())
        {
            sha.Append(chunk.Span);
        }

        return sha.HexDigest();
    }
}
