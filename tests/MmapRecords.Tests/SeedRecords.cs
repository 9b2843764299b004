namespace MmapRecords.Tests;

[Record(Size = 12)]
public readonly partial struct Vector
{
    [Field(0)] public partial float X { get; set; }
    [Field(4)] public partial float Y { get; set; }
    [Field(8)] public partial float Z { get; set; }
}

[Record(Size = 6)]
public readonly partial struct Color
{
    [Field(0)] public partial ushort Red { get; set; }
    [Field(2)] public partial ushort Green { get; set; }
    [Field(4)] public partial ushort Blue { get; set; }
}

[Record(Size = 18, Stride = 20)]
public readonly partial struct Vertex
{
    [Field(0)] public partial Vector Position { get; }
    [Field(12)] public partial Color Color { get; }
}
