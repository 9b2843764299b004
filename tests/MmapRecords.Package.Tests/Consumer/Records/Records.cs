using MmapRecords;

namespace Consumer;

/// <summary>A position: three little-endian floats.</summary>
[Record(Size = 12)]
public readonly partial struct Vector
{
    /// <summary>The x coordinate.</summary>
    [Field(0)] public partial float X { get; }

    /// <summary>The y coordinate.</summary>
    [Field(4)] public partial float Y { get; }

    /// <summary>The z coordinate.</summary>
    [Field(8)] public partial float Z { get; }
}

/// <summary>A color: three 16-bit channels.</summary>
[Record(Size = 6)]
public readonly partial struct Color
{
    /// <summary>The red channel.</summary>
    [Field(0)] public partial ushort Red { get; }

    /// <summary>The green channel.</summary>
    [Field(2)] public partial ushort Green { get; }

    /// <summary>The blue channel, writable.</summary>
    [Field(4)] public partial ushort Blue { get; set; }
}

/// <summary>A colored vertex: 18 bytes of data every 20 bytes.</summary>
[Record(Size = 18, Stride = 20)]
public readonly partial struct Vertex
{
    /// <summary>Where the vertex is.</summary>
    [Field(0)] public partial Vector Position { get; }

    /// <summary>Its color.</summary>
    [Field(12)] public partial Color Color { get; }
}

/// <summary>What a header says about the file.</summary>
public enum Kind
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>A table of vertices.</summary>
    Vertices = 7,
}

/// <summary>A big-endian file header.</summary>
[Record(Size = 20, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct Header
{
    /// <summary>The file's magic number.</summary>
    [Field(0)] public partial uint Magic { get; }

    /// <summary>What the file holds.</summary>
    [Field(4)] public partial Kind Kind { get; }

    /// <summary>Whether the file is sealed.</summary>
    [Field(8)] public partial bool Sealed { get; }

    /// <summary>How many vertices follow, little-endian despite the record's order.</summary>
    [Field(10, ByteOrder = ByteOrder.LittleEndian)] public partial ushort Count { get; }

    /// <summary>A 64-bit checksum.</summary>
    [Field(12)] public partial long Checksum { get; }
}
