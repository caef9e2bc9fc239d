namespace SamDeploy.Conformance;

/// <summary>Orders strings by Unicode code point, as Python compares <c>str</c> values (ordinal UTF-16 differs above U+FFFF).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static CodePointComparer Instance { get; } = new();

    private CodePointComparer()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var i = 0;
        var j = 0;
        while (i < x.Length && j < y.Length)
        {
            var a = Next(x, ref i);
            var b = Next(y, ref j);
            if (a != b)
            {
                return a < b ? -1 : 1;
            }
        }

        return (x.Length - i).CompareTo(y.Length - j) switch
        {
            0 => 0,
            < 0 => -1,
            _ => 1,
        };
    }

    private static int Next(string text, ref int index)
    {
        var c = text[index++];
        if (char.IsHighSurrogate(c) && index < text.Length && char.IsLowSurrogate(text[index]))
        {
            return char.ConvertToUtf32(c, text[index++]);
        }

        return c;
    }
}
