using System.Text;

namespace SamDeploy.Cli;

/// <summary>
/// Collects text in 16K-character blocks before handing it to another writer. The template writers write a token or
/// a character at a time, and standard output is an auto-flushing writer: unbuffered, that is one system call per
/// token. Flushing writes what is left and flushes the other writer; disposing flushes and leaves it open.
/// </summary>
internal sealed class BufferedTextWriter(TextWriter inner) : TextWriter
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _used;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_used == _buffer.Length)
        {
            Drain();
        }

        _buffer[_used++] = value;
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == _buffer.Length)
            {
                Drain();
            }

            var take = Math.Min(buffer.Length, _buffer.Length - _used);
            buffer[..take].CopyTo(_buffer.AsSpan(_used));
            _used += take;
            buffer = buffer[take..];
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Flush()
    {
        Drain();
        inner.Flush();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Drain()
    {
        if (_used > 0)
        {
            // Emptied first: a block the other writer refused is not offered again on the way out (the first error stands).
            var used = _used;
            _used = 0;
            inner.Write(_buffer, 0, used);
        }
    }
}
