namespace SamDeploy.Templates.Reading;

/// <summary>Stops a read at a problem with a known position; turned into a diagnostic by the reader.</summary>
internal sealed class ReadException : Exception
{
    public ReadException(string message, int line, int column, bool isLimit = false)
        : base(message)
    {
        Line = line;
        Column = column;
        IsLimit = isLimit;
    }

    public int Line { get; }

    public int Column { get; }

    public bool IsLimit { get; }
}
