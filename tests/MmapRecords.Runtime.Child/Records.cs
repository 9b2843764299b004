namespace MmapRecords.Runtime.Child;

[Record(Size = 8)]
public readonly partial struct Pair
{
    [Field(0)] public partial int Left { get; set; }

    [Field(4)] public partial int Right { get; set; }
}

[Record(Size = 12, Stride = 16)]
public readonly partial struct Entry
{
    [Field(0)] public partial Pair Pair { get; set; }

    [Field(8)] public partial uint Id { get; set; }
}

[Record(Size = 18, Stride = 20)]
public readonly partial struct Vertex
{
    [Field(0)] public partial float X { get; }

    [Field(4)] public partial float Y { get; }

    [Field(8)] public partial float Z { get; }

    [Field(12)] public partial ushort Red { get; }

    [Field(14)] public partial ushort Green { get; }

    [Field(16)] public partial ushort Blue { get; }
}

[Record(Size = 16)]
public readonly partial struct Quad
{
    [Field(0, Length = 4)] public partial Span<int> Values { get; set; }
}

[Record(Size = 16)]
public readonly partial struct ReadOnlyQuad
{
    [Field(0, Length = 4)] public partial ReadOnlySpan<int> Values { get; }
}
