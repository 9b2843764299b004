using System.Globalization;
using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR003;

public sealed class FieldOutOfRecordTests
{
    [Fact]
    public Task A_scalar_past_Size() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 18)]
        public readonly partial struct Color
        {
            [Field(0)] public partial ushort Red { get; }
            [Field({|MMR003:17|})] public partial ushort Blue { get; }
        }
        """);

    [Fact]
    public Task A_field_starting_at_Size() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly partial struct Four
        {
            [Field({|MMR003:4|})] public partial byte After { get; }
        }
        """);

    [Fact]
    public Task A_negative_offset() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly partial struct Four
        {
            [Field({|MMR003:-1|})] public partial byte Before { get; }
        }
        """);

    [Fact]
    public Task A_nested_record_past_Size() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 12)]
        public readonly partial struct Vector
        {
            [Field(0)] public partial float X { get; }
        }

        [Record(Size = 16)]
        public readonly partial struct Holder
        {
            [Field({|MMR003:5|})] public partial Vector Position { get; }
        }
        """);

    [Fact]
    public Task A_string_and_an_array_past_Size() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16)]
        public readonly partial struct Row
        {
            [Field({|MMR003:8|}, Length = 9)] public partial string Name { get; }
            [Field({|MMR003:0|}, Length = 5)] public partial int[] Values { get; }
            [Field({|MMR003:12|}, Length = 3)] public partial ReadOnlySpan<short> Shorts { get; }
        }
        """);

    [Fact]
    public Task An_array_of_records_needs_Stride_between_elements_and_Size_for_the_last() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 3, Stride = 4)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
        }

        [Record(Size = 11)]
        public readonly partial struct Fits
        {
            [Field(0, Length = 3)] public partial Pair[] Pairs { get; }
        }

        [Record(Size = 10)]
        public readonly partial struct DoesNotFit
        {
            [Field({|MMR003:0|}, Length = 3)] public partial Pair[] Pairs { get; }
        }
        """);

    [Fact]
    public Task Valid_field_on_the_last_byte_and_odd_offsets() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 15)]
        public readonly partial struct Packed
        {
            [Field(0)] public partial byte First { get; }
            [Field(1)] public partial int Unaligned { get; }
            [Field(5)] public partial double Odd { get; }
            [Field(13)] public partial bool Flag { get; }
            [Field(14)] public partial byte Last { get; }
        }
        """);

    [Fact]
    public void The_message_gives_the_numbers()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            using MmapRecords;
            [Record(Size = 18)]
            public readonly partial struct Color
            {
                [Field(17)] public partial ushort Blue { get; }
                [Field(10, Length = 10)] public partial string Name { get; }
            }
            """);
        Assert.Equal(
            [
                "Field 'Blue' ends at byte 19 but Size is 18 (2-byte ushort at offset 17)",
                "Field 'Name' ends at byte 20 but Size is 18 (10-byte string at offset 10)",
            ],
            diagnostics.Where(d => d.Id == "MMR003").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Order());
    }
}
