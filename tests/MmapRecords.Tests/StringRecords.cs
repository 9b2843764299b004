using System;

namespace MmapRecords.Tests;

/// <summary>A fixed-string table row as C writes it: <c>struct { char name[10]; char city[8]; char code[4]; uint16_t age; }</c>.</summary>
[Record(Size = 24)]
public readonly partial struct Person
{
    [Field(0, Length = 10)] public partial string Name { get; set; }
    [Field(10, Length = 8, Encoding = TextEncoding.Latin1)] public partial string City { get; set; }
    [Field(18, Length = 4, Encoding = TextEncoding.Ascii)] public partial string Code { get; set; }
    [Field(22)] public partial ushort Age { get; set; }

    /// <summary>The raw bytes of <see cref="Name"/>: a byte span over exactly the same bytes (no overlap warning).</summary>
    [Field(0, Length = 10)] public partial ReadOnlySpan<byte> NameBytes { get; }
}

[Record(Size = 9)]
public partial struct Tag
{
    [Field(1, Length = 8)] public partial string? Text { get; set; }
}
