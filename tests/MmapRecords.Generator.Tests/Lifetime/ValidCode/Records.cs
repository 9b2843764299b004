using MmapRecords;

namespace ValidCode;

[Record(Size = 12)]
public readonly partial struct Vector
{
    [Field(0)] public partial float X { get; }
    [Field(4)] public partial float Y { get; }
    [Field(8)] public partial float Z { get; }
}

[Record(Size = 6)]
public readonly partial struct Color
{
    [Field(0)] public partial ushort Red { get; }
    [Field(2)] public partial ushort Green { get; }
    [Field(4)] public partial ushort Blue { get; }
}

[Record(Size = 18, Stride = 20)]
public readonly partial struct Vertex
{
    [Field(0)] public partial Vector Position { get; }
    [Field(12)] public partial Color Color { get; }
}

[Record(Size = 16)]
public readonly partial struct Header
{
    [Field(0)] public partial uint Magic { get; }
    [Field(4)] public partial uint Version { get; }
    [Field(8)] public partial long Count { get; }
}
