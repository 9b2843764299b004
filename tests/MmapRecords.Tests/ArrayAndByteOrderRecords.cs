using System;

namespace MmapRecords.Tests;

public enum Kind : ushort
{
    None = 0,
    Directory = 0x0102,
}

/// <summary>Every scalar kind, big-endian by the record's order, with one field overriding it.</summary>
[Record(Size = 40, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigHeader
{
    [Field(0)] public partial uint Magic { get; set; }
    [Field(4)] public partial short Delta { get; set; }
    [Field(6)] public partial double Ratio { get; set; }
    [Field(14)] public partial Half Small { get; set; }
    [Field(16)] public partial Kind Kind { get; set; }
    [Field(18, ByteOrder = ByteOrder.LittleEndian)] public partial int Little { get; set; }
    [Field(22, Length = 3)] public partial ushort[] Values { get; set; }
    [Field(28)] public partial long Big { get; set; }
    [Field(36)] public partial float Ratio32 { get; set; }
}

[Record(Size = 3, Stride = 4)]
public readonly partial struct Pair
{
    [Field(0)] public partial byte A { get; set; }
    [Field(1)] public partial ushort B { get; set; }
}

/// <summary>Arrays in every form, at odd (unaligned) offsets.</summary>
[Record(Size = 32)]
public readonly partial struct Samples
{
    [Field(1, Length = 4)] public partial ReadOnlySpan<int> Ints { get; }
    [Field(17, Length = 3)] public partial Span<short> Shorts { get; set; }
    [Field(23, Length = 2)] public partial bool[] Flags { get; set; }
    [Field(25, Length = 2)] public partial Pair[] Pairs { get; set; }
}
