using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// Reads the parser events of the first document and works out how many nodes its tree will have once every alias
/// is expanded, before any tree is built. Each alias costs the size of its anchor, known from the events alone, so a
/// "billion laughs" document (a few hundred bytes that expand to 10^9 nodes) is rejected in microseconds and
/// without allocating its expansion. The events are kept and handed to the tree builder, so the text is parsed once.
/// </summary>
internal static class ExpansionBudget
{
    /// <summary>
    /// Reads the events up to the end of the first document and one more; throws when the node budget or the depth
    /// limit is exceeded (the depth here, so that a deeply nested text is not read to its end first).
    /// </summary>
    public static ParsingEventLog ReadEvents(IParser parser, ReaderOptions options)
    {
        var maxNodes = options.MaxNodes;
        var events = new ParsingEventLog();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<Frame>();
        long total = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            events.Add(current);
            switch (current)
            {
                case DocumentEnd:
                    if (parser.MoveNext())
                    {
                        events.Add(parser.Current!);
                    }

                    return events;
                case MappingStart or SequenceStart:
                    if (!IsMappingKey(open))
                    {
                        total = Add(total, 1, maxNodes, current.Start);
                    }

                    open.Push(new Frame(((NodeEvent)current).Anchor, current is MappingStart, IsMappingKey(open)));
                    if (open.Count > options.MaxDepth)
                    {
                        throw new ReadException(ReaderOptions.DepthMessage(options.MaxDepth), (int)current.Start.Line, (int)current.Start.Column, isLimit: true);
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    if (!closed.Anchor.IsEmpty)
                    {
                        anchors[closed.Anchor.Value] = closed.Size;
                    }

                    Close(open, closed.IsKey ? 0 : closed.Size);
                    break;
                case Scalar scalar:
                    var isKey = IsMappingKey(open);
                    if (!isKey)
                    {
                        total = Add(total, 1, maxNodes, scalar.Start);
                    }

                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = 1;
                    }

                    Close(open, isKey ? 0 : 1);
                    break;
                case AnchorAlias alias:
                    var size = anchors.TryGetValue(alias.Value.Value, out var known) ? known : 1;
                    if (!IsMappingKey(open))
                    {
                        total = Add(total, size, maxNodes, alias.Start);
                    }

                    Close(open, size);
                    break;
            }
        }

        return events;
    }

    private static bool IsMappingKey(Stack<Frame> open) => open.TryPeek(out var parent) && parent.IsMapping && parent.Children % 2 == 0;

    /// <summary>Counts a finished child into its parent (keys of a map count as children too, but add no size).</summary>
    private static void Close(Stack<Frame> open, long size)
    {
        if (open.TryPeek(out var parent))
        {
            parent.Children++;
            parent.Size += size;
        }
    }

    private static long Add(long total, long nodes, int maxNodes, Mark at)
    {
        total += nodes;
        if (total > maxNodes)
        {
            throw new ReadException(
                string.Create(CultureInfo.InvariantCulture, $"The template has more than {maxNodes} nodes once YAML aliases are expanded ({ReaderOptions.OptionName}.MaxNodes)."),
                (int)at.Line,
                (int)at.Column,
                isLimit: true);
        }

        return total;
    }

    private sealed class Frame(AnchorName anchor, bool isMapping, bool isKey)
    {
        public AnchorName Anchor { get; } = anchor;

        public bool IsMapping { get; } = isMapping;

        public bool IsKey { get; } = isKey;

        public int Children { get; set; }

        public long Size { get; set; } = 1;
    }
}
