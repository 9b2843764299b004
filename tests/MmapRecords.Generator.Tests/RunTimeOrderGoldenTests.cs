namespace MmapRecords.Generator.Tests;

/// <summary>
/// Golden files for a <c>ByteOrder.Variable</c> record (the order field, both factories, Detach keeping the order),
/// the new field types (Guid, char, UTF-16, tables, raw bytes) and a fixed record holding Variable ones; each must
/// compile cleanly.
/// </summary>
public sealed class RunTimeOrderGoldenTests
{
    private const string Source = """
        using System;
        using MmapRecords;

        namespace Formats;

        [Record(Size = 12, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct IfdEntry
        {
            [Field(0)] public partial ushort Tag { get; }
            [Field(2)] public partial ushort Type { get; }
            [Field(4)] public partial uint Count { get; }
            [Field(8)] public partial uint Value { get; set; }
        }

        [Record(Size = 120, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Header
        {
            [Field(0, ByteOrder = ByteOrder.LittleEndian)] public partial ushort Magic { get; }
            [Field(2)] public partial char Letter { get; set; }
            [Field(4)] public partial Guid Id { get; set; }
            [Field(20, Length = 8, Encoding = TextEncoding.Utf16)] public partial string Name { get; set; }
            [Field(28)] public partial IfdEntry First { get; }
            [Field(40, Length = 2)] public partial RecordView<IfdEntry> Entries { get; }
            [Field(64, Length = 2)] public partial ushort[] Shorts { get; set; }
            [Field(68, Length = 2)] public partial IfdEntry[] Copies { get; }
            [Field(92, Length = 2, ByteOrder = ByteOrder.LittleEndian)] public partial ReadOnlySpan<uint> Little { get; }
            [Field(100)] public partial float Scale { get; }
            [Field(104, ByteOrder = ByteOrder.BigEndian)] public partial Guid NetworkId { get; }
            [Field(0, Length = 104)] public partial ReadOnlySpan<byte> Raw { get; }
        }

        [Record(Size = 24, ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct BigHolder
        {
            [Field(0)] public partial IfdEntry Entry { get; }
            [Field(12, ByteOrder = ByteOrder.LittleEndian)] public partial IfdEntry Little { get; }
        }

        [Record(Size = 66)]
        public readonly partial struct BootRecord
        {
            [Field(0, Length = 4)] public partial RecordView<Partition> Partitions { get; }
            [Field(64)] public partial ushort Signature { get; }
            [Field(0, Length = 66)] public partial byte[] Raw { get; }
        }

        [Record(Size = 16)]
        public readonly partial struct Partition
        {
            [Field(0)] public partial byte Status { get; set; }
            [Field(8)] public partial uint FirstSector { get; }
            [Field(12)] public partial uint Sectors { get; }
        }
        """;

    [Theory]
    [InlineData("Formats.IfdEntry.g.cs")]
    [InlineData("Formats.Header.g.cs")]
    [InlineData("Formats.BigHolder.g.cs")]
    [InlineData("Formats.BootRecord.g.cs")]
    public void Run_time_order_and_new_field_types_generate_the_golden_source_and_compile_cleanly(string hintName)
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate(Source);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        Golden.Verify(GeneratorHarness.GeneratedSource(run, hintName), hintName);
    }

    [Fact]
    public void The_records_have_no_layout_diagnostics() =>
        Assert.Empty(GeneratorHarness.Analyze(Source));
}
