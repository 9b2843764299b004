namespace MmapRecords.Generator.Tests;

/// <summary>
/// The seed's records, declared once for every generator test: <c>Vector</c> and <c>Color</c>, and <c>Vertex</c>
/// (<c>[Record(Size = 18, Stride = 20)]</c>), which nests them. Tests that need more records append their own.
/// </summary>
internal static class SeedRecords
{
    /// <summary>What a file of records starts with.</summary>
    public const string Header = "using MmapRecords;\n\nnamespace Demo;\n\n";

    /// <summary>Vector and Color, the records Vertex nests.</summary>
    public const string Geometry = """
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
        """;

    /// <summary>Vertex: a position and a color, in 18 bytes every 20.</summary>
    public const string Vertex = """
        [Record(Size = 18, Stride = 20)]
        public readonly partial struct Vertex
        {
            [Field(0)] public partial Vector Position { get; }
            [Field(12)] public partial Color Color { get; }
        }
        """;

    /// <summary>A whole file with the three records.</summary>
    public const string Source = Header + Geometry + "\n\n" + Vertex;

    /// <summary><paramref name="record"/> (such as <see cref="Vertex"/>) with <paramref name="members"/> added after its fields.</summary>
    public static string WithMembers(string record, string members) =>
        record[..record.LastIndexOf('}')] + "\n" + members + "\n}";
}
