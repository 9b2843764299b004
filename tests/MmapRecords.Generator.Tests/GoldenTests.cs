namespace MmapRecords.Generator.Tests;

public sealed class GoldenTests
{
    private const string Seed = """
        using MmapRecords;

        namespace Demo;

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
        """;

    [Theory]
    [InlineData("Demo.Vector.g.cs")]
    [InlineData("Demo.Color.g.cs")]
    [InlineData("Demo.Vertex.g.cs")]
    public void Seed_records_generate_the_golden_source_and_compile_cleanly(string hintName)
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate(Seed);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        Golden.Verify(GeneratorHarness.GeneratedSource(run, hintName), hintName);
    }
}
