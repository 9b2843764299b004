using MmapRecords.CodeFixes;
using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.CodeFixes;

public sealed class AddPartialCodeFixTests
{
    [Fact]
    public Task Adds_partial_after_the_other_modifiers() => LayoutVerifier.VerifyFixAsync<AddPartialCodeFix>(
        """
        [Record(Size = 4)]
        public readonly struct {|MMR001:Plain|}
        {
        }
        """,
        """
        [Record(Size = 4)]
        public readonly partial struct Plain
        {
        }
        """);

    [Fact]
    public Task Adds_partial_to_a_struct_without_modifiers_keeping_its_attribute() => LayoutVerifier.VerifyFixAsync<AddPartialCodeFix>(
        """
        [Record(Size = 4)]
        struct {|MMR001:Bare|}
        {
        }
        """,
        """
        [Record(Size = 4)]
        partial struct Bare
        {
        }
        """);

    [Fact]
    public Task Fix_all_makes_every_struct_partial() => LayoutVerifier.VerifyFixAsync<AddPartialCodeFix>(
        """
        [Record(Size = 4)]
        public struct {|MMR001:A|} { }

        [Record(Size = 4)]
        internal readonly struct {|MMR001:B|} { }
        """,
        """
        [Record(Size = 4)]
        public partial struct A { }

        [Record(Size = 4)]
        internal readonly partial struct B { }
        """);
}

public sealed class StrideCodeFixTests
{
    [Fact]
    public Task Sets_Stride_to_Size() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record(Size = 18, {|MMR002:Stride = 16|})]
        public readonly partial struct Vertex
        {
            [Field(0)] public partial float X { get; }
        }
        """,
        """
        [Record(Size = 18, Stride = 18)]
        public readonly partial struct Vertex
        {
            [Field(0)] public partial float X { get; }
        }
        """);

    [Fact]
    public Task Is_not_offered_for_a_bad_Size_without_fields() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record({|MMR002:Size = 0|}, Stride = 4)]
        public readonly partial struct Empty
        {
        }
        """,
        """
        [Record({|MMR002:Size = 0|}, Stride = 4)]
        public readonly partial struct Empty
        {
        }
        """);
}

public sealed class GrowSizeCodeFixTests
{
    [Fact]
    public Task Grows_Size_to_the_end_of_the_last_field() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record(Size = 18, Stride = 20)]
        public readonly partial struct Color
        {
            [Field(0)] public partial ushort Red { get; }
            [Field({|MMR003:17|})] public partial ushort Blue { get; }
        }
        """,
        """
        [Record(Size = 19, Stride = 20)]
        public readonly partial struct Color
        {
            [Field(0)] public partial ushort Red { get; }
            [Field(17)] public partial ushort Blue { get; }
        }
        """);

    [Fact]
    public Task Every_field_past_Size_proposes_the_same_Size_so_fix_all_converges() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record(Size = 4)]
        public readonly partial struct Row
        {
            [Field({|MMR003:2|})] public partial int A { get; }
            [Field({|MMR003:6|}, Length = 10)] public partial string Name { get; }
        }
        """,
        """
        [Record(Size = 16)]
        public readonly partial struct Row
        {
            [Field(2)] public partial int A { get; }
            [Field(6, Length = 10)] public partial string Name { get; }
        }
        """);

    [Fact]
    public Task Adds_a_missing_Size() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record]
        public readonly partial struct {|MMR002:NoSize|}
        {
            [Field(0)] public partial int A { get; }
            [Field(4)] public partial double B { get; }
        }
        """,
        """
        [Record(Size = 12)]
        public readonly partial struct NoSize
        {
            [Field(0)] public partial int A { get; }
            [Field(4)] public partial double B { get; }
        }
        """);

    [Fact]
    public Task Replaces_a_zero_Size() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record(ByteOrder = ByteOrder.BigEndian, {|MMR002:Size = 0|})]
        public readonly partial struct Zero
        {
            [Field(1)] public partial short A { get; }
        }
        """,
        """
        [Record(ByteOrder = ByteOrder.BigEndian, Size = 3)]
        public readonly partial struct Zero
        {
            [Field(1)] public partial short A { get; }
        }
        """);
}

public sealed class AddLengthCodeFixTests
{
    [Fact]
    public Task Adds_a_Length_that_fills_the_gap_to_the_next_field() => LayoutVerifier.VerifyFixAsync<AddLengthCodeFix>(
        """
        [Record(Size = 32)]
        public readonly partial struct Row
        {
            [{|MMR007:Field(0)|}] public partial string Name { get; }
            [Field(10)] public partial ushort Age { get; }
            [{|MMR007:Field(12, ByteOrder = ByteOrder.BigEndian)|}] public partial int[] Values { get; }
            [{|MMR007:Field(28)|}] public partial ReadOnlySpan<byte> Tail { get; }
        }
        """,
        """
        [Record(Size = 32)]
        public readonly partial struct Row
        {
            [Field(0, Length = 10)] public partial string Name { get; }
            [Field(10)] public partial ushort Age { get; }
            [Field(12, ByteOrder = ByteOrder.BigEndian, Length = 4)] public partial int[] Values { get; }
            [Field(28, Length = 4)] public partial ReadOnlySpan<byte> Tail { get; }
        }
        """);

    [Fact]
    public Task Replaces_a_zero_Length() => LayoutVerifier.VerifyFixAsync<AddLengthCodeFix>(
        """
        [Record(Size = 8)]
        public readonly partial struct Row
        {
            [Field(0, {|MMR007:Length = 0|})] public partial string Name { get; }
        }
        """,
        """
        [Record(Size = 8)]
        public readonly partial struct Row
        {
            [Field(0, Length = 8)] public partial string Name { get; }
        }
        """);

    [Fact]
    public Task An_array_of_records_counts_whole_elements_by_Stride() => LayoutVerifier.VerifyFixAsync<AddLengthCodeFix>(
        """
        [Record(Size = 3, Stride = 4)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
        }

        [Record(Size = 12)]
        public readonly partial struct Holder
        {
            [{|MMR007:Field(1)|}] public partial Pair[] Pairs { get; }
        }
        """,
        """
        [Record(Size = 3, Stride = 4)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
        }

        [Record(Size = 12)]
        public readonly partial struct Holder
        {
            [Field(1, Length = 3)] public partial Pair[] Pairs { get; }
        }
        """);
}

public sealed class RemoveVariableOrderCodeFixTests
{
    [Fact]
    public Task Removes_the_fields_ByteOrder_in_a_Variable_record() => LayoutVerifier.VerifyFixAsync<RemoveVariableOrderCodeFix>(
        """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint {|MMR010:Tag|} { get; }
            [Field(4)] public partial uint Value { get; }
        }
        """,
        """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0)] public partial uint Tag { get; }
            [Field(4)] public partial uint Value { get; }
        }
        """,
        title: RemoveVariableOrderCodeFix.Title);

    [Fact]
    public Task Keeps_the_other_arguments_and_their_commas() => LayoutVerifier.VerifyFixAsync<RemoveVariableOrderCodeFix>(
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable, Length = 2)] public partial uint[] {|MMR010:Tags|} { get; }
            [Field(8, Length = 8, ByteOrder = ByteOrder.Variable)] public partial string {|MMR010:Name|} { get; }
        }
        """,
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, Length = 2)] public partial uint[] Tags { get; }
            [Field(8, Length = 8)] public partial string Name { get; }
        }
        """);

    [Fact]
    public Task Is_not_offered_in_a_record_of_a_fixed_order() => LayoutVerifier.VerifyFixAsync<RemoveVariableOrderCodeFix>(
        """
        [Record(Size = 4)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint {|MMR010:Tag|} { get; }
        }
        """,
        """
        [Record(Size = 4)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint {|MMR010:Tag|} { get; }
        }
        """);
}

public sealed class SpanToArrayCodeFixTests
{
    [Fact]
    public Task Declares_a_read_only_span_as_an_array() => LayoutVerifier.VerifyFixAsync<SpanToArrayCodeFix>(
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 8)] public partial {|MMR011:ReadOnlySpan<ushort>|} Values { get; }
        }
        """,
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 8)] public partial ushort[] Values { get; }
        }
        """,
        title: "Declare the field as ushort[]");

    [Fact]
    public Task Keeps_a_qualified_element_and_the_setter() => LayoutVerifier.VerifyFixAsync<SpanToArrayCodeFix>(
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 2)] public partial {|MMR011:System.ReadOnlySpan<System.Int64>|} Values { get; set; }
        }
        """,
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 2)] public partial System.Int64[] Values { get; set; }
        }
        """,
        title: "Declare the field as System.Int64[]");

    [Fact]
    public Task Is_not_offered_for_a_writable_span() => LayoutVerifier.VerifyFixAsync<SpanToArrayCodeFix>(
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 8)] public partial {|MMR011:Span<ushort>|} Values { get; }
        }
        """,
        """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 8)] public partial {|MMR011:Span<ushort>|} Values { get; }
        }
        """);
}

public sealed class RemoveSetterCodeFixTests
{
    [Fact]
    public Task Removes_the_setter_of_a_table() => LayoutVerifier.VerifyFixAsync<RemoveSetterCodeFix>(
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 8)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> {|MMR013:Items|} { get; set; }
        }
        """,
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 8)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> Items { get; }
        }
        """,
        title: RemoveSetterCodeFix.Title);

    [Fact]
    public Task Removes_a_setter_on_its_own_line_with_its_line() => LayoutVerifier.VerifyFixAsync<RemoveSetterCodeFix>(
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)]
            public partial RecordView<Item> {|MMR013:Items|}
            {
                get;
                private set;
            }
        }
        """,
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)]
            public partial RecordView<Item> Items
            {
                get;
            }
        }
        """);
}

/// <summary>Fix All of every layout fix, through the testing library's Fix All iterations (document, project, solution).</summary>
public sealed class LayoutFixAllTests
{
    [Fact]
    public Task Add_Length_fixes_every_field_in_one_pass() => LayoutVerifier.VerifyFixAsync<AddLengthCodeFix>(
        """
        [Record(Size = 24)]
        public readonly partial struct Row
        {
            [{|MMR007:Field(0)|}] public partial string Name { get; }
            [{|MMR007:Field(8)|}] public partial ushort[] Values { get; }
            [Field(16, {|MMR007:Length = 0|})] public partial string Code { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Other
        {
            [{|MMR007:Field(0)|}] public partial byte[] Raw { get; }
        }
        """,
        """
        [Record(Size = 24)]
        public readonly partial struct Row
        {
            [Field(0, Length = 8)] public partial string Name { get; }
            [Field(8, Length = 4)] public partial ushort[] Values { get; }
            [Field(16, Length = 8)] public partial string Code { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Other
        {
            [Field(0, Length = 4)] public partial byte[] Raw { get; }
        }
        """,
        fixAllIterations: 1);

    [Fact]
    public Task Size_and_Stride_fixes_apply_together_in_one_pass() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        """
        [Record(Size = 8, {|MMR002:Stride = 4|})]
        public readonly partial struct Short
        {
            [Field(0)] public partial long V { get; }
        }

        [Record]
        public readonly partial struct {|MMR002:NoSize|}
        {
            [Field(0)] public partial int V { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct TooSmall
        {
            [Field({|MMR003:2|})] public partial int V { get; }
            [Field({|MMR003:6|})] public partial short W { get; }
        }
        """,
        """
        [Record(Size = 8, Stride = 8)]
        public readonly partial struct Short
        {
            [Field(0)] public partial long V { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct NoSize
        {
            [Field(0)] public partial int V { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct TooSmall
        {
            [Field(2)] public partial int V { get; }
            [Field(6)] public partial short W { get; }
        }
        """,
        fixAllIterations: 1);

    [Fact]
    public Task Remove_Variable_fixes_every_field_in_one_pass() => LayoutVerifier.VerifyFixAsync<RemoveVariableOrderCodeFix>(
        """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint {|MMR010:Tag|} { get; }
            [Field(4, ByteOrder = ByteOrder.Variable)] public partial uint {|MMR010:Value|} { get; }
        }

        [Record(Size = 2, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Other
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial short {|MMR010:Code|} { get; }
        }
        """,
        """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0)] public partial uint Tag { get; }
            [Field(4)] public partial uint Value { get; }
        }

        [Record(Size = 2, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Other
        {
            [Field(0)] public partial short Code { get; }
        }
        """,
        fixAllIterations: 1);

    [Fact]
    public Task Span_to_array_fixes_every_field_in_one_pass() => LayoutVerifier.VerifyFixAsync<SpanToArrayCodeFix>(
        """
        [Record(Size = 24, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 4)] public partial {|MMR011:ReadOnlySpan<ushort>|} Values { get; }
            [Field(8, Length = 4)] public partial {|MMR011:ReadOnlySpan<float>|} Levels { get; }
        }

        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Other
        {
            [Field(0, Length = 1)] public partial {|MMR011:ReadOnlySpan<long>|} Stamps { get; }
        }
        """,
        """
        [Record(Size = 24, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 4)] public partial ushort[] Values { get; }
            [Field(8, Length = 4)] public partial float[] Levels { get; }
        }

        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Other
        {
            [Field(0, Length = 1)] public partial long[] Stamps { get; }
        }
        """,
        fixAllIterations: 1);

    [Fact]
    public Task Remove_setter_fixes_every_table_in_one_pass() => LayoutVerifier.VerifyFixAsync<RemoveSetterCodeFix>(
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 16)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> {|MMR013:First|} { get; set; }
            [Field(8, Length = 2)] public partial RecordView<Item> {|MMR013:Second|} { get; internal set; }
        }

        [Record(Size = 4)]
        public readonly partial struct Other
        {
            [Field(0, Length = 1)] public partial RecordView<Item> {|MMR013:Only|} { get; set; }
        }
        """,
        """
        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 16)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> First { get; }
            [Field(8, Length = 2)] public partial RecordView<Item> Second { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Other
        {
            [Field(0, Length = 1)] public partial RecordView<Item> Only { get; }
        }
        """,
        fixAllIterations: 1);
}

/// <summary>Growing a nested record's Size can make it overlap its neighbour in the parent: the fix's title says so.</summary>
public sealed class GrowSizeOfNestedRecordTests
{
    private const string Source = """
        [Record(Size = 4)]
        public readonly partial struct Inner
        {
            [Field({|MMR003:2|})] public partial int V { get; }
        }

        [Record(Size = 12)]
        public readonly partial struct Parent
        {
            [Field(0)] public partial Inner First { get; }
            [Field(4)] public partial int Next { get; }
        }
        """;

    [Fact]
    public Task The_title_names_the_field_it_would_overlap() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        Source,
        """
        [Record(Size = 6)]
        public readonly partial struct Inner
        {
            [Field(2)] public partial int V { get; }
        }

        [Record(Size = 12)]
        public readonly partial struct Parent
        {
            [Field(0)] public partial Inner First { get; }
            [Field(4)] public partial int {|MMR004:Next|} { get; }
        }
        """,
        title: "Set Size to 6 to cover every field (then 'Parent.First' overlaps 'Parent.Next')");

    [Fact]
    public Task Where_it_fits_the_title_is_plain() => LayoutVerifier.VerifyFixAsync<GrowSizeCodeFix>(
        Source.Replace("[Field(4)] public partial int Next", "[Field(8)] public partial int Next", StringComparison.Ordinal),
        Source.Replace("{|MMR003:2|}", "2", StringComparison.Ordinal).Replace("[Record(Size = 4)]", "[Record(Size = 6)]", StringComparison.Ordinal)
            .Replace("[Field(4)] public partial int Next", "[Field(8)] public partial int Next", StringComparison.Ordinal),
        title: "Set Size to 6 to cover every field");
}

