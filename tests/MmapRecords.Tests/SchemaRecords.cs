using System;

namespace MmapRecords.Tests;

/// <summary>
/// Arrays of records that numpy holds as subarrays (elements Stride apart, the last one's padding still inside the
/// record), a big-endian array, and a gap and trailing bytes that no field covers.
/// </summary>
[Record(Size = 44, Stride = 48)]
public readonly partial struct Polyline
{
    [Field(0)] public partial byte Count { get; set; }
    [Field(2, Length = 2)] public partial Vector[] Points { get; set; }
    [Field(26, Length = 3)] public partial Pair[] Pairs { get; set; }
    [Field(38, Length = 2, ByteOrder = ByteOrder.BigEndian)] public partial short[] Big { get; set; }
}
