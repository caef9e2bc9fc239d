using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SamDeploy.Templates.Reading;

/// <summary>Replays parser events read earlier (by <see cref="ExpansionBudget"/>) to the tree builder.</summary>
internal sealed class BufferedParser(ParsingEventLog events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= events.Count)
        {
            Current = null;
            return false;
        }

        Current = events[_next++];
        return true;
    }
}
