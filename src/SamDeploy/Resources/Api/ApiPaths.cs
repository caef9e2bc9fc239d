namespace SamDeploy.Resources.Api;

/// <summary>
/// The reference's rewrites of an API path for a permission's source ARN, written out instead of as regular
/// expressions: they run for every Api and HttpApi event, and the first use of any generated regular expression in
/// this assembly builds the search tables of all of them (a few milliseconds of every process). Each behaves exactly as
/// the reference's expression, which the tests check on random paths against .NET's regular expressions.
/// </summary>
internal static class ApiPaths
{
    /// <summary>
    /// <c>re.sub(r"^(.+)/$", r"\1", path)</c>: one trailing slash removed, unless it is the whole path. As with the
    /// expression, the slash may stand before a final line break (which stays), and nothing before it may be a line break.
    /// </summary>
    public static string TrimTrailingSlash(string path)
    {
        var slash = path.EndsWith('/') ? path.Length - 1 : path.EndsWith("/\n", StringComparison.Ordinal) ? path.Length - 2 : -1;
        if (slash < 1 || path.AsSpan(0, slash).Contains('\n'))
        {
            return path;
        }

        return string.Concat(path.AsSpan(0, slash), path.AsSpan(slash + 1));
    }

    /// <summary>
    /// A REST API path with every parameter, greedy or not (<c>{id}</c>, <c>{proxy+}</c>), as <c>*</c>: the reference's
    /// <c>{([a-zA-Z0-9._-]+|[a-zA-Z0-9._-]+\+|proxy\+)}</c> replaced by <c>*</c>.
    /// </summary>
    public static string RestParametersAsWildcards(string path) => ParametersAsWildcards(path, anyGreedy: true);

    /// <summary>
    /// An HTTP API path with every parameter (<c>{id}</c>) and <c>{proxy+}</c> as <c>*</c>: the reference's
    /// <c>{([a-zA-Z0-9._-]+|proxy\+)}</c> replaced by <c>*</c>.
    /// </summary>
    public static string HttpParametersAsWildcards(string path) => ParametersAsWildcards(path, anyGreedy: false);

    private static string ParametersAsWildcards(string path, bool anyGreedy)
    {
        var open = path.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return path;
        }

        var result = new System.Text.StringBuilder(path.Length);
        var copied = 0;
        while (open >= 0)
        {
            var end = ParameterEnd(path, open, anyGreedy);
            if (end < 0)
            {
                open = path.IndexOf('{', open + 1);
                continue;
            }

            result.Append(path, copied, open - copied).Append('*');
            copied = end;
            open = path.IndexOf('{', end);
        }

        return result.Append(path, copied, path.Length - copied).ToString();
    }

    /// <summary>Where a parameter starting at <paramref name="open"/> (a <c>{</c>) ends (just after its <c>}</c>), or -1 if none starts there.</summary>
    private static int ParameterEnd(string path, int open, bool anyGreedy)
    {
        var name = open + 1;
        var end = name;
        while (end < path.Length && IsNameChar(path[end]))
        {
            end++;
        }

        if (end == name)
        {
            return -1;
        }

        if (end < path.Length && path[end] == '}')
        {
            return end + 1;
        }

        var greedy = end < path.Length && path[end] == '+' && (anyGreedy || path.AsSpan(name, end - name).SequenceEqual("proxy"));
        return greedy && end + 1 < path.Length && path[end + 1] == '}' ? end + 2 : -1;
    }

    /// <summary>
    /// The text between each pair of braces, left to right: the groups of the reference's <c>{(.*?)}</c> (the shortest
    /// text up to the next <c>}</c>, which holds no line break).
    /// </summary>
    public static List<string> ParameterNames(string path)
    {
        var names = new List<string>();
        for (var open = path.IndexOf('{', StringComparison.Ordinal); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var close = path.IndexOf('}', open + 1);
            if (close >= 0 && !path.AsSpan(open + 1, close - open - 1).Contains('\n'))
            {
                names.Add(path.Substring(open + 1, close - open - 1));
                open = close;
            }
        }

        return names;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
