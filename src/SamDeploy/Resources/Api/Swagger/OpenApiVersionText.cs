namespace SamDeploy.Resources.Api.Swagger;

/// <summary>
/// The reference's checks of an OpenAPI version's text, written out instead of as regular expressions: they run for
/// most API templates, and the first use of any generated regular expression in this assembly builds the search tables
/// of all of them. Each behaves exactly as the reference's expression under .NET (<c>\d</c> is any decimal digit of
/// one UTF-16 unit; <c>$</c> also matches before a final line break), which the tests check on random texts.
/// </summary>
internal static class OpenApiVersionText
{
    /// <summary><c>\A3(\.\d)(\.\d)?$</c>: an OpenAPI 3 version such as <c>3.0</c> or <c>3.0.1</c>.</summary>
    public static bool IsVersion3(string text) => Matches(text, '3');

    /// <summary><c>\A[2-3](\.\d)(\.\d)?$</c>: a version the reference supports (2.x or 3.x).</summary>
    public static bool IsSupported(string text) => Matches(text, '2') || Matches(text, '3');

    private static bool Matches(string text, char major)
    {
        var version = text.EndsWith('\n') ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
        return version.Length is 3 or 5
            && version[0] == major
            && version[1] == '.' && char.IsDigit(version[2])
            && (version.Length == 3 || (version[3] == '.' && char.IsDigit(version[4])));
    }
}
