namespace SamDeploy.Templates.LogicalIds;

/// <summary>What the reference accepts as a logical id.</summary>
internal static class LogicalIdText
{
    /// <summary>
    /// Whether <paramref name="text"/> matches the reference's <c>^[A-Za-z0-9]+$</c>: ASCII letters and digits, at
    /// least one. Like that expression (in Python and in .NET), it also accepts them followed by one <c>\n</c>.
    /// Written out rather than as a generated regular expression, whose vector search is compiled at run time on
    /// every start (README, Performance).
    /// </summary>
    public static bool IsAlphanumeric(string text)
    {
        var body = AnchoredText.Body(text);
        if (body.IsEmpty)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
