namespace SamDeploy.Templates;

/// <summary>Helpers for matching by hand what an anchored regular expression (<c>^...$</c>) matched.</summary>
internal static class AnchoredText
{
    /// <summary>
    /// The part of <paramref name="text"/> that <c>^...$</c> has to match: the whole text, or the text without one
    /// final <c>\n</c>, before which <c>$</c> also matches (in .NET and in Python alike).
    /// </summary>
    public static ReadOnlySpan<char> Body(string text) =>
        text.Length > 0 && text[^1] == '\n' ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
}
