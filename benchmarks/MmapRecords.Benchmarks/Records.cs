using MmapRecords;

namespace MmapRecords.Benchmarks;

// The seed's records (samples/ColoredVertices), with setters on the leaf records so that one scan can write
// through them. A setter does not change how a getter compiles.

/// <summary>A position: three little-endian floats.</summary>
[Record(Size = 12)]
public readonly partial struct Vector
{
    /// <summary>The x coordinate.</summary>
    [Field(0)] public partial float X { get; set; }

    /// <summary>The y coordinate.</summary>
    [Field(4)] public partial float Y { get; set; }

    /// <summary>The z coordinate.</summary>
    [Field(8)] public partial float Z { get; set; }
}

/// <summary>A color: three 16-bit channels.</summary>
[Record(Size = 6)]
public readonly partial struct Color
{
    /// <summary>The red channel.</summary>
    [Field(0)] public partial ushort Red { get; set; }

    /// <summary>The green channel.</summary>
    [Field(2)] public partial ushort Green { get; set; }

    /// <summary>The blue channel.</summary>
    [Field(4)] public partial ushort Blue { get; set; }
}

/// <summary>A colored vertex: 18 bytes of data, one every 20 bytes.</summary>
[Record(Size = 18, Stride = 20)]
public readonly partial struct Vertex
{
    /// <summary>Where the vertex is.</summary>
    [Field(0)] public partial Vector Position { get; }

    /// <summary>The vertex's color.</summary>
    [Field(12)] public partial Color Color { get; }
}

/// <summary>A position whose byte order is chosen where it is read.</summary>
[Record(Size = 12, ByteOrder = ByteOrder.Variable)]
public readonly partial struct VariableVector
{
    /// <summary>The x coordinate.</summary>
    [Field(0)] public partial float X { get; }

    /// <summary>The y coordinate.</summary>
    [Field(4)] public partial float Y { get; }

    /// <summary>The z coordinate.</summary>
    [Field(8)] public partial float Z { get; }
}

/// <summary>A color whose byte order is chosen where it is read.</summary>
[Record(Size = 6, ByteOrder = ByteOrder.Variable)]
public readonly partial struct VariableColor
{
    /// <summary>The red channel.</summary>
    [Field(0)] public partial ushort Red { get; }

    /// <summary>The green channel.</summary>
    [Field(2)] public partial ushort Green { get; }

    /// <summary>The blue channel.</summary>
    [Field(4)] public partial ushort Blue { get; }
}

/// <summary>The colored vertex with its order chosen at run time; the nested records take it.</summary>
[Record(Size = 18, Stride = 20, ByteOrder = ByteOrder.Variable)]
public readonly partial struct VariableVertex
{
    /// <summary>Where the vertex is.</summary>
    [Field(0)] public partial VariableVector Position { get; }

    /// <summary>The vertex's color.</summary>
    [Field(12)] public partial VariableColor Color { get; }
}

/// <summary>A position stored big-endian, an order fixed when the record is compiled.</summary>
[Record(Size = 12, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigVector
{
    /// <summary>The x coordinate.</summary>
    [Field(0)] public partial float X { get; }

    /// <summary>The y coordinate.</summary>
    [Field(4)] public partial float Y { get; }

    /// <summary>The z coordinate.</summary>
    [Field(8)] public partial float Z { get; }
}

/// <summary>A color stored big-endian.</summary>
[Record(Size = 6, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigColor
{
    /// <summary>The red channel.</summary>
    [Field(0)] public partial ushort Red { get; }

    /// <summary>The green channel.</summary>
    [Field(2)] public partial ushort Green { get; }

    /// <summary>The blue channel.</summary>
    [Field(4)] public partial ushort Blue { get; }
}

/// <summary>The colored vertex of the big-endian copy, its order fixed at compile time: what a Variable record read big-endian is compared with.</summary>
[Record(Size = 18, Stride = 20, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigVertex
{
    /// <summary>Where the vertex is.</summary>
    [Field(0)] public partial BigVector Position { get; }

    /// <summary>The vertex's color.</summary>
    [Field(12)] public partial BigColor Color { get; }
}
