namespace MmapRecords.Runtime.Tests.Sharing;

[Record(Size = 16)]
public readonly partial struct Counters
{
    [Field(0)] public partial ref long Total { get; }

    [Field(8)] public partial ref readonly int Version { get; }

    [Field(12)] public partial ref float Level { get; }
}

// A table of these keeps every Owner 4-byte aligned: Stride 12 is a multiple of 4.
[Record(Size = 10, Stride = 12)]
public readonly partial struct Slot
{
    [Field(0)] public partial ref int Owner { get; }

    [Field(4)] public partial ushort Value { get; set; }

    [Field(6)] public partial ref ushort Hits { get; }

    [Field(8)] public partial ref readonly sbyte Flag { get; }

    [Field(9)] public partial byte Odd { get; }
}

[Record(Size = 24)]
public readonly partial struct Holder
{
    [Field(0)] public partial byte Tag { get; set; }

    [Field(8)] public partial Counters Counters { get; }
}

// No ref fields: any offset stays fine.
[Record(Size = 8)]
public readonly partial struct PlainLong
{
    [Field(0)] public partial long Value { get; set; }
}
