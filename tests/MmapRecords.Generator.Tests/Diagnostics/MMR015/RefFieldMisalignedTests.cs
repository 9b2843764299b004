using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR015;

public sealed class RefFieldMisalignedTests
{
    [Fact]
    public Task A_ref_field_at_an_offset_that_is_not_a_multiple_of_its_width() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 40)]
        public readonly partial struct Header
        {
            [Field({|MMR015:4|})] public partial ref long Count { get; }
            [Field({|MMR015:14|})] public partial ref readonly int Version { get; }
            [Field({|MMR015:19|})] public partial ref ushort Flags { get; }
            [Field({|MMR015:26|})] public partial ref double Total { get; }
        }
        """);

    [Fact]
    public Task A_Stride_that_is_not_a_multiple_of_the_alignment() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 12, {|MMR015:Stride = 12|})]
        public readonly partial struct Slot
        {
            [Field(0)] public partial ref long Owner { get; }
            [Field(8)] public partial int Value { get; }
        }
        """);

    [Fact]
    public Task A_Size_without_Stride_that_is_not_a_multiple_of_the_alignment() => LayoutVerifier.VerifyAsync("""
        [Record({|MMR015:Size = 6|})]
        public readonly partial struct Slot
        {
            [Field(0)] public partial ref int Owner { get; }
            [Field(4)] public partial short Value { get; }
        }
        """);

    [Fact]
    public Task A_nested_record_with_ref_fields_at_an_unaligned_offset() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8)]
        public readonly partial struct Counter
        {
            [Field(0)] public partial ref long Value { get; }
        }

        [Record(Size = 16)]
        public readonly partial struct Outer
        {
            [Field(0)] public partial int Tag { get; }
            [Field({|MMR015:4|})] public partial Counter Counter { get; }
        }

        [Record(Size = 20, {|MMR015:Stride = 20|})]
        public readonly partial struct Table
        {
            [Field(0)] public partial Counter First { get; }
            [Field(8)] public partial int Tag { get; }
        }
        """);

    [Fact]
    public Task Aligned_ref_fields_strides_and_nested_records_are_valid() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8)]
        public readonly partial struct Counter
        {
            [Field(0)] public partial ref long Value { get; }
        }

        [Record(Size = 31, Stride = 32)]
        public readonly partial struct Row
        {
            [Field(0)] public partial ref long Count { get; }
            [Field(8)] public partial ref readonly int Version { get; }
            [Field(12)] public partial ref ushort Flags { get; }
            [Field(14)] public partial ref byte Kind { get; }
            [Field(15)] public partial ref sbyte Delta { get; }
            [Field(16)] public partial Counter Counter { get; }
            [Field(24)] public partial ref float Weight { get; }

            // Plain fields keep their freedom: any offset.
            [Field(29)] public partial short Odd { get; }
            [Field(28)] public partial byte Last { get; }
        }

        [Record(Size = 17, Stride = 24)]
        public readonly partial struct Padded
        {
            [Field(0, Length = 2)] public partial Counter[] Counters { get; }
            [Field(16)] public partial byte Tail { get; }
        }
        """);

    [Fact]
    public void The_messages_name_the_alignment_and_the_next_aligned_offset_or_Stride()
    {
        var messages = GeneratorHarness.Analyze("""
            using MmapRecords;
            namespace Demo;

            [Record(Size = 8)]
            public readonly partial struct Counter
            {
                [Field(0)] public partial ref long Value { get; }
            }

            [Record(Size = 20, Stride = 20)]
            public readonly partial struct Row
            {
                [Field(4)] public partial ref long Count { get; }
                [Field(12)] public partial int Tag { get; }
            }

            [Record(Size = 24)]
            public readonly partial struct Holder
            {
                [Field(2)] public partial Counter Counter { get; }
            }
            """).Where(d => d.Id == "MMR015").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            [
                "Field 'Count' (a reference to a long, 8 bytes) is at offset 4, which is not a multiple of 8: Interlocked and Volatile need the value aligned; move it to a multiple of 8 (such as 8)",
                "Field 'Counter' holds a Demo.Counter at offset 2, which is not a multiple of 8: the ref fields of Demo.Counter need 8-byte alignment; move it to a multiple of 8 (such as 8)",
                "Record 'Row' has Stride 20, which is not a multiple of 8, the alignment its ref fields need: every record after the first would be misaligned; set Stride = 24",
            ],
            messages);
    }
}
