using System.Globalization;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// YAML allows only printable characters in a stream (tab, line breaks, and the printable ranges of Unicode); the
/// reference's YAML loader rejects anything else before parsing. Checking first also keeps control characters away
/// from YamlDotNet's scanner, which the fuzzer saw spin for minutes on a NUL inside a directive line. Strict JSON is
/// read by Newtonsoft.Json without this check (its writer leaves DEL unescaped, and JSON allows it).
/// </summary>
internal static class PrintableCharacters
{
    /// <summary>Throws a positioned <see cref="ReadException"/> at the first character YAML does not allow.</summary>
    public static void Check(string text)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                column++;
                continue;
            }

            if (!IsPrintable(c))
            {
                throw new ReadException(
                    string.Create(CultureInfo.InvariantCulture, $"The template is not valid YAML: unacceptable character #x{(int)c:X4}: special characters are not allowed."),
                    line,
                    column);
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }

    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or '\u0085'
        || (c >= '\u0020' && c <= '\u007E')
        || (c >= '\u00A0' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
