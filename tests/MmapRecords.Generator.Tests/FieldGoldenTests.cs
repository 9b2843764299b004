namespace MmapRecords.Generator.Tests;

/// <summary>Golden files for the accessors of big-endian scalars, fixed strings and fixed arrays; each must compile cleanly.</summary>
public sealed class FieldGoldenTests
{
    private const string Source = """
        using System;
        using MmapRecords;

        namespace Formats;

        public enum Kind : ushort { None, File }

        [Record(Size = 25, ByteOrder = ByteOrder.BigEndian)]
        public partial struct BigEndianHeader
        {
            [Field(0)] public partial uint Magic { get; set; }
            [Field(4)] public partial Half Scale { get; }
            [Field(6)] public partial Kind Kind { get; set; }
            [Field(8)] public partial double Ratio { get; }
            [Field(16, ByteOrder = ByteOrder.LittleEndian)] public partial long Little { get; }
            [Field(24)] public partial byte Last { get; }
        }

        [Record(Size = 26)]
        public readonly partial struct TextRow
        {
            [Field(0, Length = 10)] public partial string Name { get; set; }
            [Field(10, Length = 8, Encoding = TextEncoding.Latin1)] public partial string? City { get; }
            [Field(18, Length = 8, Encoding = TextEncoding.Ascii)] public partial string Code { get; private set; }
            [Field(0, Length = 10)] public partial ReadOnlySpan<byte> NameBytes { get; }
        }

        [Record(Size = 3, Stride = 4)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
            [Field(1)] public partial ushort B { get; }
        }

        [Record(Size = 48)]
        public readonly partial struct Arrays
        {
            [Field(1, Length = 4)] public partial ReadOnlySpan<int> Ints { get; }
            [Field(17, Length = 2)] public partial Span<short> Shorts { get; set; }
            [Field(21, Length = 2, ByteOrder = ByteOrder.BigEndian)] public partial uint[] BigWords { get; set; }
            [Field(29, Length = 2)] public partial bool[] Flags { get; set; }
            [Field(31, Length = 3)] public partial Pair[] Pairs { get; set; }
            [Field(42, Length = 3)] public partial Kind[] Kinds { get; }
        }
        """;

    [Theory]
    [InlineData("Formats.BigEndianHeader.g.cs")]
    [InlineData("Formats.TextRow.g.cs")]
    [InlineData("Formats.Arrays.g.cs")]
    public void Field_accessors_generate_the_golden_source_and_compile_cleanly(string hintName)
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate(Source);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        Golden.Verify(GeneratorHarness.GeneratedSource(run, hintName), hintName);
    }

    [Fact]
    public void The_field_records_have_no_layout_diagnostics() =>
        Assert.Empty(GeneratorHarness.Analyze(Source));
}
