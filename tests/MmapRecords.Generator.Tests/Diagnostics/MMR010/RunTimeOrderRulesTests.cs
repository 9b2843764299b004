using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR010;

/// <summary>The rules of records whose order is chosen at run time and of the new field types: MMR010–MMR014, with their valid counterparts.</summary>
public sealed class RunTimeOrderRulesTests
{
    [Fact]
    public Task MMR010_Variable_on_a_field() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint {|#0:Tag|} { get; }
            [Field(4)] public partial uint Value { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR010").WithLocation(0)
            .WithMessage("[Field] property 'Tag' has ByteOrder.Variable; a field takes its record's order (ByteOrder.Default) or fixes its own (LittleEndian or BigEndian), and only a record is Variable"));

    [Fact]
    public Task MMR011_a_multi_byte_span_following_a_Variable_records_order() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 24, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 4)] public partial {|#0:ReadOnlySpan<ushort>|} Values { get; }
            [Field(8, Length = 4, ByteOrder = ByteOrder.LittleEndian)] public partial ReadOnlySpan<ushort> Little { get; }
            [Field(16, Length = 4)] public partial ReadOnlySpan<byte> Bytes { get; }
            [Field(20, Length = 2)] public partial ushort[] Array { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR011").WithLocation(0)
            .WithMessage("[Field] property 'Values' is a System.ReadOnlySpan<ushort> in ByteOrder.Variable record 'Samples': a span views the mapped bytes in the machine's order, which a big-endian read would misread; declare it as 'ushort[]' or give it ByteOrder = ByteOrder.LittleEndian"));

    [Fact]
    public Task MMR012_an_odd_UTF16_Length() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 80)]
        public readonly partial struct Partition
        {
            [Field(0, {|#0:Length = 71|}, Encoding = TextEncoding.Utf16)] public partial string Name { get; }
            [Field(72, Length = 8, Encoding = TextEncoding.Utf16)] public partial string Even { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR012").WithLocation(0)
            .WithMessage("The UTF-16 string field 'Name' has Length 71; Length counts bytes, two per UTF-16 code unit, so it must be even"));

    [Fact]
    public Task MMR013_a_table_with_a_setter_and_MMR005_a_table_of_non_records() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 40)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> {|#0:Items|} { get; set; }
            [Field(8, Length = 2)] public partial RecordView<Item> Fine { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR013").WithLocation(0)
            .WithMessage("The table field 'Items' has a setter; a RecordView<T> field is a view of the parent's bytes: write through its records ('Items[i].Field = value') and remove the setter"));

    [Fact]
    public Task MMR014_a_ByteOrder_that_is_no_ByteOrder() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 8, ByteOrder = (ByteOrder)7)]
        public readonly partial struct {|#0:Word|}
        {
            [Field(0)] public partial uint Value { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Other
        {
            [Field(0, ByteOrder = (ByteOrder)9)] public partial uint {|#1:Value|} { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR014").WithLocation(0)
            .WithMessage("Record 'Word' has ByteOrder 7, which is not a ByteOrder value (Default, LittleEndian, BigEndian or Variable)"),
        LayoutVerifier.Diagnostic("MMR014").WithLocation(1)
            .WithMessage("[Field] property 'Value' has ByteOrder 9, which is not a ByteOrder value (Default, LittleEndian, BigEndian or Variable)"));

    [Fact]
    public Task Raw_byte_fields_overlap_anything_without_MMR004_and_the_new_types_are_valid() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Inner
        {
            [Field(0)] public partial ulong Value { get; }
        }

        [Record(Size = 92, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Header
        {
            [Field(0, ByteOrder = ByteOrder.LittleEndian)] public partial uint Magic { get; }
            [Field(4)] public partial char Letter { get; }
            [Field(6)] public partial System.Guid Id { get; }
            [Field(22, Length = 10, Encoding = TextEncoding.Utf16)] public partial string Name { get; }
            [Field(32)] public partial Inner Nested { get; }
            [Field(40, Length = 2)] public partial RecordView<Inner> Table { get; }
            [Field(56, Length = 2)] public partial Inner[] Array { get; }
            [Field(72)] public partial uint Crc { get; }
            [Field(0, Length = 72)] public partial ReadOnlySpan<byte> Covered { get; }
            [Field(2, Length = 10)] public partial byte[] Middle { get; }
            [Field(76, Length = 16)] public partial Span<byte> Tail { get; }
        }
        """);

    [Fact]
    public Task MMR005_arrays_and_spans_of_Guids() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 64)]
        public readonly partial struct Ids
        {
            [Field(0, Length = 2)] public partial {|#0:System.Guid[]|} Many { get; }
            [Field(32, Length = 2)] public partial {|#1:ReadOnlySpan<System.Guid>|} Span { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR005").WithLocation(0),
        LayoutVerifier.Diagnostic("MMR005").WithLocation(1));
}
