using System.Text;

namespace SamDeploy.Cli;

/// <summary>
/// A writer that opens another (the console's) only when first written to. Opening the console's writer works out
/// its encoding from the locale and builds a synchronized stream writer: a few milliseconds that a run writing to
/// files, with nothing to report, never needs. Disposing leaves the other writer open.
/// </summary>
internal sealed class DeferredWriter(Func<TextWriter> open) : TextWriter
{
    private TextWriter? _inner;

    private TextWriter Inner => _inner ??= open();

    /// <inheritdoc/>
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    /// <inheritdoc/>
    public override void Write(char value) => Inner.Write(value);

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Inner.Write(buffer, index, count);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => Inner.Write(buffer);

    /// <inheritdoc/>
    public override void Write(string? value) => Inner.Write(value);

    /// <inheritdoc/>
    public override void WriteLine() => Inner.WriteLine();

    /// <inheritdoc/>
    public override void WriteLine(ReadOnlySpan<char> buffer) => Inner.WriteLine(buffer);

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Inner.WriteLine(value);

    /// <inheritdoc/>
    public override void Flush() => _inner?.Flush();
}
