namespace MmapRecords.Sharing.Child;

/// <summary>The first 64 bytes of the shared file: counters and flags that several processes update.</summary>
[Record(Size = 64)]
public readonly partial struct Header
{
    /// <summary>Incremented by every process with Interlocked.Increment.</summary>
    [Field(0)] public partial ref long Count { get; }

    /// <summary>Processes that are ready to start (the start barrier).</summary>
    [Field(8)] public partial ref int Ready { get; }

    /// <summary>Set to 1 by the test when every process is ready.</summary>
    [Field(12)] public partial ref int Go { get; }

    /// <summary>The id of the process that won the CompareExchange; 0 while nobody has.</summary>
    [Field(16)] public partial ref int Owner { get; }

    /// <summary>How many log entries the producer has published.</summary>
    [Field(24)] public partial ref long Published { get; }

    /// <summary>The same count as <see cref="Count"/>, read and written with plain property accesses (loses updates).</summary>
    [Field(32)] public partial long Plain { get; set; }

    /// <summary>A value no process changes, read through a read-only reference.</summary>
    [Field(40)] public partial ref readonly long Version { get; }
}

/// <summary>One entry of the single-producer log that follows the header. Every field is derived from the sequence number, so a reader can tell a complete entry from a partly written one.</summary>
[Record(Size = 32)]
public readonly partial struct Entry
{
    [Field(0)] public partial long Sequence { get; set; }

    [Field(8)] public partial long Square { get; set; }

    [Field(16)] public partial double Root { get; set; }

    [Field(24)] public partial uint Check { get; set; }

    [Field(28)] public partial uint Tail { get; set; }
}
