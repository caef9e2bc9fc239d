using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// Wraps YamlDotNet's parser so that every failure is a <see cref="YamlException"/> or a <see cref="ReadException"/>
/// with a position. On some malformed input (an unclosed flow sequence followed by a mapping key, for example)
/// YamlDotNet's scanner throws <see cref="InvalidOperationException"/> instead of a <see cref="YamlException"/>,
/// which would otherwise escape the reader as an unexplained exception.
/// </summary>
internal sealed class GuardedParser : IParser
{
    private readonly IParser _inner;
    private Mark _lastGoodEnd = new(0, 1, 1);

    public GuardedParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    public bool MoveNext()
    {
        try
        {
            var moved = _inner.MoveNext();
            if (_inner.Current is { } current)
            {
                _lastGoodEnd = current.End;
            }

            return moved;
        }
        catch (Exception e) when (e is not YamlException and not ReadException)
        {
            throw new ReadException(
                "The template is not valid YAML: it could not be parsed after this point (" + e.Message + ").",
                (int)_lastGoodEnd.Line,
                (int)_lastGoodEnd.Column);
        }
    }
}
