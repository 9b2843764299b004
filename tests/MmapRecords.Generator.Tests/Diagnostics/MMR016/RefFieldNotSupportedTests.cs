using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR016;

public sealed class RefFieldNotSupportedTests
{
    [Fact]
    public Task A_ref_to_a_string_or_an_array() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 32)]
        public readonly partial struct Row
        {
            [Field(0, Length = 8)] public partial {|MMR016:ref string|} Name { get; }
            [Field(8, Length = 2)] public partial {|MMR016:ref long[]|} Values { get; }
            [Field(24, Length = 2)] public partial {|MMR016:ref readonly ReadOnlySpan<int>|} Pair { get; }
        }
        """);

    [Fact]
    public Task A_ref_to_a_big_endian_field() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16, ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct NetworkHeader
        {
            [Field(0)] public partial {|MMR016:ref long|} Sequence { get; }
            [Field(8, ByteOrder = ByteOrder.LittleEndian)] public partial ref int Local { get; }
            [Field(12)] public partial ref byte Flags { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Mixed
        {
            [Field(0, ByteOrder = ByteOrder.BigEndian)] public partial {|MMR016:ref readonly uint|} Magic { get; }
            [Field(4)] public partial ref uint Count { get; }
        }
        """);

    [Fact]
    public Task A_ref_to_a_field_that_follows_a_Variable_records_order() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Shared
        {
            [Field(0)] public partial {|#0:ref long|} Sequence { get; }
            [Field(8, ByteOrder = ByteOrder.LittleEndian)] public partial ref int Local { get; }
            [Field(12)] public partial ref byte Flags { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR016").WithLocation(0)
            .WithMessage("[Field] property 'Sequence' returns 'ref long', which follows the order its ByteOrder.Variable record is read in, but a reference sees the bytes in the machine's byte order (little-endian) whatever that order is; give the field ByteOrder = ByteOrder.LittleEndian (or declare a plain property)"));

    [Fact]
    public Task A_ref_to_a_big_endian_field_names_its_byte_order() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 8, ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct NetworkHeader
        {
            [Field(0)] public partial {|#0:ref long|} Sequence { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR016").WithLocation(0)
            .WithMessage("[Field] property 'Sequence' returns 'ref long', which is big-endian, but a reference sees the bytes in the machine's byte order (little-endian); a value shared between processes of one machine needs no byte order, so remove ByteOrder.BigEndian (or declare a plain property)"));

    [Fact]
    public Task A_ref_to_a_type_Interlocked_and_Volatile_cannot_take() => LayoutVerifier.VerifyAsync("""
        public enum Kind : int { None, Some }

        [Record(Size = 8)]
        public readonly partial struct Inner
        {
            [Field(0)] public partial long Value { get; }
        }

        [Record(Size = 24)]
        public readonly partial struct Row
        {
            [Field(0)] public partial {|MMR016:ref Kind|} Kind { get; }
            [Field(4)] public partial {|MMR016:ref bool|} Flag { get; }
            [Field(6)] public partial {|MMR016:ref Half|} Ratio { get; }
            [Field(8)] public partial {|MMR016:ref Inner|} Inner { get; }
        }
        """);
}
