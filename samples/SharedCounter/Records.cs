using MmapRecords;

namespace SharedCounter;

/// <summary>
/// The whole shared file: a counter that every process increments, and how many processes started and finished.
/// Each field returns a reference into the mapping, for Interlocked; 8-byte fields at offsets that are multiples of 8.
/// </summary>
[Record(Size = 16)]
public readonly partial struct CounterFile
{
    /// <summary>Incremented by every worker, with Interlocked.Increment.</summary>
    [Field(0)] public partial ref long Count { get; }

    /// <summary>Workers that have started.</summary>
    [Field(8)] public partial ref int Started { get; }

    /// <summary>Workers that have finished.</summary>
    [Field(12)] public partial ref int Finished { get; }
}
