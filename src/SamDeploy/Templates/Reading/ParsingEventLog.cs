using YamlDotNet.Core.Events;

namespace SamDeploy.Templates.Reading;

/// <summary>
/// The parser events of a document, kept in order in chunks small enough for the small-object heap. One growing
/// array would reach the large-object heap for templates of a few hundred functions, and every such allocation counts
/// towards a full (generation 2) collection.
/// </summary>
internal sealed class ParsingEventLog
{
    // 2,048 references: 16 KB per chunk, well under the 85,000-byte large-object threshold.
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<ParsingEvent[]> _chunks = [];

    /// <summary>How many events there are.</summary>
    public int Count { get; private set; }

    /// <summary>The event at <paramref name="index"/> (0 to <see cref="Count"/> - 1).</summary>
    public ParsingEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index must be from 0 to Count - 1.");
            }
            return _chunks[index >> ChunkShift][index & (ChunkSize - 1)];
        }
    }

    /// <summary>Appends an event.</summary>
    public void Add(ParsingEvent value)
    {
        var offset = Count & (ChunkSize - 1);
        if (offset == 0)
        {
            // The first chunk starts small: most templates are a few hundred events.
            _chunks.Add(new ParsingEvent[Count == 0 ? 256 : ChunkSize]);
        }
        else if (Count < ChunkSize && offset == _chunks[0].Length)
        {
            var grown = new ParsingEvent[Math.Min(ChunkSize, offset * 2)];
            _chunks[0].CopyTo(grown, 0);
            _chunks[0] = grown;
        }

        _chunks[^1][offset] = value;
        Count++;
    }
}
